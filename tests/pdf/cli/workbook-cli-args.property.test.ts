import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workbookArgv } from '../../support/arbitraries.ts';
import { fuzzing, propertyParameters, rawControl } from '../../support/property-runs.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';

/*
 * The real `npm run workbook` process for generated command lines (the parsing itself is
 * property-tested in the unit layer with many more): exit code 0 (help) or 2 (a mistake), never
 * 1 or a stack trace, and each mistake on one line. --out always points into a folder that does
 * not exist, so a valid edition is refused before anything renders.
 */
describe('npm run workbook, for any command line', () => {
  it(
    'exits 0 or 2 with one line per mistake, never a stack trace',
    async () => {
      await fc.assert(
        // No NUL: an operating system cannot pass one in an argument (it ends the C string).
        fc.asyncProperty(
          workbookArgv.map((argv) => argv.map((arg) => arg.replaceAll('\0', ''))),
          async (argv) => {
            const result = await runWorkbookCli([...argv, '--out', '/no/such/folder/edition.pdf']);
            const shown = `${JSON.stringify(argv)}\n${result.stderr}`;
            expect([0, 2], shown).toContain(result.code);
            expect(result.stderr, shown).not.toMatch(/^\s+at /m);
            if (result.code === 2) {
              const lines = result.stderr.trimEnd().split('\n');
              expect(lines.at(-1), shown).toBe('Run `npm run workbook -- --help` for the options.');
              for (const line of lines) expect(line, shown).not.toMatch(rawControl);
            }
          },
        ),
        propertyParameters(6, 0.005),
      );
    },
    fuzzing ? 0 : 60_000,
  );
});
