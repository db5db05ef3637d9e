import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { book } from '../../src/lib/book.ts';
import { setStrings } from '../../src/lib/set-strings.ts';
import { loadPdf } from '../../workbook/pdf/load-pdf.ts';
import { readOutline, type OutlineEntry } from '../../workbook/pdf/read-outline.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { standardSets } from '../../workbook/set/standard-sets.ts';
import { distDir } from '../support/built-site.ts';
import { namedLinks, rangesOnFrontSheet } from '../support/set-layout.ts';

/*
 * The prebuilt sets: one print that lifts apart into the shared book and the two personal copies.
 * Each book must start on an odd page (a recto, the front of a sheet) and be, page for page, the
 * edition published on its own; between them only deliberate blanks.
 */

async function pagesOf(file: string): Promise<string[]> {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  return (await readPdfText(new Uint8Array(readFileSync(file)))).pages;
}

describe.each(standardSets)('the prebuilt $fileName', (set) => {
  const downloads = path.join(distDir, 'downloads');
  let pages: string[];
  let books: string[][];
  let outline: OutlineEntry[];
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(readFileSync(path.join(downloads, set.fileName)));
    pages = (await readPdfText(bytes)).pages;
    outline = await readOutline(bytes);
    books = await Promise.all(set.books.map((edition) => pagesOf(path.join(downloads, edition.fileName))));
  });

  it('opens with a front sheet listing the three books with their pages, then a blank back', () => {
    expect(pages[0]).toContain(setStrings.heading);
    expect(pages[0]).toContain(book.title);
    expect(rangesOnFrontSheet(pages[0]!)[0]![0]).toBe(3);
    expect(pages[1]).toBe('');
  });

  it('opens each book on an odd page, with its own cover, and holds its pages exactly as the edition alone', () => {
    const ranges = rangesOnFrontSheet(pages[0]!);
    const blanks: number[] = [];
    let next = 3;
    for (const [index, [first, last]] of ranges.entries()) {
      const own = books[index]!;
      expect(first % 2, `${setStrings.parts[index]!.title} starts on page ${first}`).toBe(1);
      expect(first).toBe(next);
      expect(last - first + 1).toBe(own.length);
      // Page for page: the cover first, then every page as the separate edition prints it.
      expect(pages.slice(first - 1, last)).toEqual(own);
      next = last + 1;
      if (index < ranges.length - 1 && next % 2 === 0) {
        blanks.push(next);
        next += 1;
      }
    }
    // Nothing after the last book, and every page between two books a blank.
    expect(pages.length).toBe(ranges.at(-1)![1]);
    expect(pages.length).toBe(2 + books.reduce((total, own) => total + own.length, 0) + blanks.length);
    for (const blank of blanks) expect(pages[blank - 1], `page ${blank}`).toBe('');
  });

  it('opens each book with its cover: the shared book’s title, the copies’ neutral one', () => {
    const ranges = rangesOnFrontSheet(pages[0]!);
    expect(pages[ranges[0]![0] - 1]).toContain(book.title);
    for (const [first] of ranges.slice(1)) {
      expect(pages[first - 1]).toContain(book.discreetTitle);
      expect(pages[first - 1]).not.toContain(book.title);
    }
  });

  it('keeps every link within its own book', async () => {
    const ranges = rangesOnFrontSheet(pages[0]!);
    const bookOf = (page: number) => ranges.findIndex(([first, last]) => page >= first && page <= last);
    const links = namedLinks(await loadPdf(bytes));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(bookOf(link.to), `${link.name} on page ${link.from} lands on page ${link.to}`).toBe(bookOf(link.from));
    }
    // Each book has its contents' links: the same chapters, in three places.
    expect(new Set(links.map((link) => bookOf(link.from)))).toEqual(new Set([0, 1, 2]));
  });

  it('bookmarks each book once, titled as its front sheet names it, with its own bookmarks under it', () => {
    const ranges = rangesOnFrontSheet(pages[0]!);
    const top = outline.filter((entry) => entry.depth === 0);
    expect(top.map((entry) => [entry.title, entry.pageNumber])).toEqual(
      setStrings.parts.map((part, index) => [part.title, ranges[index]![0]]),
    );
    for (const [index, entry] of outline.entries()) {
      if (entry.depth === 0) continue;
      const parent = outline.slice(0, index).findLast((before) => before.depth === 0)!;
      const [first, last] = ranges[top.indexOf(parent)]!;
      expect(entry.pageNumber, entry.title).toBeGreaterThanOrEqual(first);
      expect(entry.pageNumber, entry.title).toBeLessThanOrEqual(last);
    }
  });
});
