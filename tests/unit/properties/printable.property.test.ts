import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWorkbookArgs, UsageError } from '../../../workbook/cli/parse-workbook-args.ts';
import { editionFields } from '../../../workbook/edition/edition-fields.ts';
import { loadPrintableRanges, unprintableCharacters } from '../../../workbook/fonts/printable.ts';
import { printableName } from '../../support/arbitraries.ts';
import { fuzzing, propertyParameters } from '../../support/property-runs.ts';

const book = () => ({ chapterCount: 10 });

beforeAll(async () => {
  await loadPrintableRanges();
});

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** A character no bundled font covers: private use, unassigned, a control, a lone surrogate, a script we do not ship. */
const unprintable: fc.Arbitrary<string> = fc
  .oneof(
    fc.integer({ min: 0, max: 0x10ffff }),
    fc.integer({ min: 0xd800, max: 0xdfff }),
    fc.integer({ min: 0xe000, max: 0xf8ff }),
    fc.integer({ min: 0, max: 0x1f }),
  )
  .map((code) => String.fromCodePoint(code))
  .filter((character) => !/[\n\r]/.test(character) && unprintableCharacters(character).length === 1);

describe('printable names, for any text', () => {
  it(
    'accepts every name within the limits made of characters the fonts cover',
    () => {
      fc.assert(
        fc.property(printableName(editionFields.practice.maxLength), (name) => {
          expect(unprintableCharacters(name)).toEqual([]);
          // Joined with "=": a separate value starting with "-" reads as an option (the CLI says so).
          const args = parseWorkbookArgs([`--practice=${name}`, '--out', 'x.pdf'], book);
          expect(args.help === false && args.edition.practice).toBe(name);
        }),
        propertyParameters(300),
      );
    },
    fuzzing ? 0 : 10_000,
  );

  it(
    'refuses a name holding any unprintable character before anything renders, naming it by code point',
    () => {
      fc.assert(
        fc.property(
          printableName(30),
          unprintable,
          printableName(30),
          fc.constantFrom('--practice', '--contact'),
          (before, character, after, flag) => {
            // Framed by letters: white space at either end would be trimmed away, not refused.
            const name = `Hope ${before}${character}${after} Care`;
            let message = '';
            try {
              parseWorkbookArgs([flag, name, '--out', 'x.pdf'], book);
            } catch (error) {
              expect(error).toBeInstanceOf(UsageError);
              message = (error as UsageError).message;
            }
            expect(message).toContain(`${flag}: `);
            expect(message).toContain(codePoint(character));
            expect(message).toContain("cannot be printed with the workbook's fonts");
          },
        ),
        propertyParameters(500),
      );
    },
    fuzzing ? 0 : 10_000,
  );
});
