import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { book } from '../../../src/lib/book.ts';
import { setStrings } from '../../../src/lib/set-strings.ts';
import { setConflicts } from '../../../workbook/edition/edition-schema.ts';
import { loadPdf } from '../../../workbook/pdf/load-pdf.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { requireDist } from '../../support/built-site.ts';
import { namedLinks, rangesOnFrontSheet } from '../../support/set-layout.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const out = useTempDir('workbook-cli-set');

describe('npm run workbook -- --set', () => {
  let pages: string[];
  let bytes: Uint8Array;
  let stdout: string;
  beforeAll(async () => {
    requireDist();
    const file = path.join(out(), 'set.pdf');
    // Two chapters keep three renders short; the set is made the same way for the whole book.
    const result = await runWorkbookCli(['--set', '--paper', 'a4', '--chapters', '2-3', '--out', file]);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
    bytes = new Uint8Array(readFileSync(file));
    pages = (await readPdfText(bytes)).pages;
  }, 600_000);

  it('writes one PDF: a front sheet, then the three books, each opening on an odd page with its cover', () => {
    expect(pages[0]).toContain(setStrings.heading);
    expect(pages[1]).toBe('');
    const ranges = rangesOnFrontSheet(pages[0]!);
    for (const [index, [first, last]] of ranges.entries()) {
      expect(first % 2).toBe(1);
      expect(pages[first - 1]).toContain(index === 0 ? book.title : book.discreetTitle);
      const next = ranges[index + 1]?.[0];
      // Between two books, nothing but a deliberate blank.
      if (next !== undefined) for (const page of pages.slice(last, next - 1)) expect(page).toBe('');
    }
    expect(pages.length).toBe(ranges.at(-1)![1]);
    expect(stdout).toMatch(new RegExp(`set\\.pdf: ${pages.length} pages`));
  });

  it('keeps every link within its own book', async () => {
    const ranges = rangesOnFrontSheet(pages[0]!);
    const bookOf = (page: number) => ranges.findIndex(([first, last]) => page >= first && page <= last);
    const links = namedLinks(await loadPdf(bytes));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(bookOf(link.to), link.name).toBe(bookOf(link.from));
  });

  it.each([
    ['--fillable', setConflicts.fillable],
    ['--booklet', setConflicts.booklet],
  ])('is refused with %s in one line, exit 2, no PDF', async (flag, message) => {
    const file = path.join(out(), 'never.pdf');
    const result = await runWorkbookCli(['--set', flag, '--out', file]);
    expect(result.code).toBe(2);
    const [first, ...rest] = result.stderr.trim().split('\n');
    expect(first).toBe(`--set: ${message}.`);
    expect(rest).toEqual(['Run `npm run workbook -- --help` for the options.']);
    expect(existsSync(file)).toBe(false);
  });
});
