import { describe, expect, it } from 'vitest';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { readDownload } from '../support/published-book-pages.ts';
import { readPrintManifest } from '../support/print-manifest.ts';
import { squash } from '../support/compare-text.ts';

/*
 * The prompts-only handout is homework, not a book to bind: each chapter follows on the next
 * page, with no blank Notes verso before it (the workbook's chapters open on right-hand pages).
 */
const handouts = standardEditions.filter((edition) => edition.kind === 'handout');

describe.each(handouts.map((edition) => [edition.fileName] as const))('%s', (fileName) => {
  it('starts each chapter on the page after the last one ends, leaving no blank page between', async () => {
    const { bodies } = await readPdfText(readDownload(fileName));
    const titles = readPrintManifest().chapters.map((chapter) => squash(chapter.title));
    const openers = bodies.flatMap((body, index) =>
      titles.some((title) => squash(body).includes(title)) ? [index] : [],
    );
    expect(openers.length).toBe(titles.length);
    // The page before each opener holds something of the chapter before: not an empty Notes verso.
    const blanks = openers
      .slice(1)
      .filter((index) => squash(bodies[index - 1] ?? '').replace(/^Notes/, '').length < 20);
    expect(blanks.map((index) => `before page ${index + 1}`)).toEqual([]);
  });
});
