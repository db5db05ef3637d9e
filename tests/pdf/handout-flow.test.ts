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
    const { pages } = await readPdfText(readDownload(fileName));
    const chapters = readPrintManifest().chapters;
    // An opener's page starts with its kicker ("CHAPTER 3 · …", or the introduction's) and its title.
    const openers = chapters.map((chapter) =>
      pages.findIndex((page) => {
        const start = squash(page).slice(0, 160);
        return /^(CHAPTER\d+·|BEFOREYOUBEGIN)/.test(start) && start.includes(squash(chapter.title));
      }),
    );
    expect(openers.every((index) => index > 0)).toBe(true);
    // The page before each opener holds something of the chapter before: not an empty Notes verso.
    const blanks = openers.slice(1).filter(
      (index) =>
        squash(pages[index - 1] ?? '')
          .replace(/^Notes/, '')
          .replace(/\d+$/, '').length < 20,
    );
    expect(blanks.map((index) => `before page ${index + 1}`)).toEqual([]);
  });
});
