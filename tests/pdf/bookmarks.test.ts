import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOutline } from '../../workbook/pdf/read-outline.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { distDir } from '../support/built-site.ts';

/*
 * Every bookmark of every published PDF keeps its heading's words: its title is printed, as it
 * stands, on the page it opens ("Physical Intimacy", never "PhysicalIntimacy" where the heading
 * wrapped).
 */
const downloads = path.join(distDir, 'downloads');
const pdfs = readdirSync(downloads).filter((file) => file.endsWith('.pdf'));

describe('bookmarks', () => {
  it('covers every published PDF', () => {
    expect(pdfs.length).toBe(20);
  });

  it.each(pdfs)('%s: each bookmark title is its heading, as printed on its page', async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(downloads, file)));
    const [outline, { pages }] = await Promise.all([readOutline(bytes), readPdfText(bytes)]);
    // A booklet's sheets hold two pages each, out of reading order: it has no bookmarks.
    if (file.includes('booklet')) expect(outline).toEqual([]);
    else expect(outline.length).toBeGreaterThan(10);
    // A set's book opens with its own bookmark, titled as the set's front sheet (page 1) names the book.
    const printed = (title: string, pageNumber: number, depth: number) =>
      (pages[pageNumber - 1] ?? '').includes(title) ||
      (file.includes('-set-') && depth === 0 && pages[0]!.includes(title));
    const unlike = outline.filter(
      ({ title, pageNumber, depth }) => pageNumber === undefined || !printed(title, pageNumber, depth),
    );
    expect(unlike.map(({ title, pageNumber }) => `p. ${pageNumber}: "${title}"`)).toEqual([]);
  });
});
