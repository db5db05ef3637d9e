import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWorkbookArgs, UsageError } from '../../../workbook/cli/parse-workbook-args.ts';
import { editionFields, editionFieldNames } from '../../../workbook/edition/edition-fields.ts';
import { loadPrintableRanges } from '../../../workbook/fonts/printable.ts';
import { workbookArgv } from '../../support/arbitraries.ts';
import { fuzzing, propertyParameters, rawControl } from '../../support/property-runs.ts';

const book = () => ({ chapterCount: 10 });
const flags = new Set<string>([...editionFieldNames.map((name) => editionFields[name].flag), '--out']);

beforeAll(async () => {
  await loadPrintableRanges();
});

describe('the workbook command line, for any arguments', () => {
  it(
    'gives a valid edition or a UsageError of one line per mistake, each naming the option or the argument',
    () => {
      fc.assert(
        fc.property(workbookArgv, (argv) => {
          let parsed: ReturnType<typeof parseWorkbookArgs>;
          try {
            parsed = parseWorkbookArgs(argv, book);
          } catch (error) {
            // Anything but a UsageError would reach the person as a stack trace with exit code 1.
            expect(error).toBeInstanceOf(UsageError);
            const lines = (error as UsageError).message.split('\n');
            for (const line of lines) {
              expect(line, JSON.stringify(line)).toMatch(/^("(?:[^"\\]|\\.)*"|[^\s":]+): \S/);
              expect(line, JSON.stringify(line)).not.toMatch(rawControl);
              expect(line.length, line).toBeLessThan(400);
            }
            return;
          }
          if (!parsed.help) {
            expect(parsed.out.toLowerCase().endsWith('.pdf')).toBe(true);
            expect(flags.size).toBeGreaterThan(0);
          }
        }),
        propertyParameters(400),
      );
    },
    fuzzing ? 0 : 10_000,
  );
});
