import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { closingPages } from '../../workbook/print/closing-pages.ts';
import { sentencesOf } from '../../workbook/guard/completeness.ts';
import { squash } from '../support/compare-text.ts';
import { referenceArticle } from '../support/reference-article.ts';
import { readPublishedPdf, type PublishedPdf } from './published-pdfs.ts';

const pointsPerInch = 72;
const expectedSize = {
  letter: { width: 8.5 * pointsPerInch, height: 11 * pointsPerInch },
  a4: { width: (210 / 25.4) * pointsPerInch, height: (297 / 25.4) * pointsPerInch },
};
const chapterTitles = referenceArticle().map((section) => section.heading ?? 'Introduction');
// The closing pages every edition has (the facilitator guide is only in editions that ask for it).
const closingTitles = closingPages.filter((page) => page.length === 2).map(([, title]) => title);

describe.each(['letter', 'a4'] as const)('the %s workbook', (paper) => {
  let pdf: PublishedPdf;
  beforeAll(async () => {
    pdf = await readPublishedPdf(paper);
  });

  it('has its paper size on every page and a sane page count', () => {
    expect(pdf.text.pages.length).toBeGreaterThanOrEqual(30);
    expect(pdf.text.pages.length).toBeLessThanOrEqual(90);
    // Exact paper, within a tenth of a point (Chromium alone gives A4 as 594.96 × 841.92).
    for (const size of pdf.text.sizes) {
      expect(Math.abs(size.width - expectedSize[paper].width), `width ${size.width}`).toBeLessThanOrEqual(0.1);
      expect(Math.abs(size.height - expectedSize[paper].height), `height ${size.height}`).toBeLessThanOrEqual(0.1);
    }
  });

  it('has bookmarks for the chapters, in order, each landing on its chapter’s first page', () => {
    const top = pdf.outline.filter((entry) => entry.depth === 0);
    const chapters = chapterTitles.map((title) => top.find((entry) => squash(entry.title) === squash(title)));
    const pages = chapters.map((entry) => entry?.pageNumber ?? -1);
    expect(
      pages.every((page) => page > 0),
      'every chapter has a bookmark',
    ).toBe(true);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages);
    chapters.forEach((entry, index) => {
      const pageText = pdf.text.pages[(entry?.pageNumber ?? 0) - 1] ?? '';
      expect(squash(pageText), chapterTitles[index]).toContain(squash(chapterTitles[index] ?? ''));
    });
  });

  it('opens every chapter on a right-hand (odd) page, with no folio or running head', () => {
    for (const title of chapterTitles) {
      const entry = pdf.outline.find((candidate) => squash(candidate.title) === squash(title));
      const page = entry?.pageNumber ?? 0;
      expect(page % 2, `${title} starts on page ${page}`).toBe(1);
      const text = pdf.text.pages[page - 1] ?? '';
      expect(text.startsWith(`Rebuilding Trust After Infidelity ${page}`), title).toBe(false);
      expect(text, title).not.toMatch(new RegExp(`(^|\\s)${page}(\\s|$)`));
    }
  });

  it('prints every sentence of the article, word for word', () => {
    const whole = squash(pdf.text.pages.join(' '));
    const missing = referenceArticle()
      .flatMap((section) => sentencesOf(section.paragraph))
      .filter((sentence) => !whole.includes(squash(sentence)));
    expect(missing).toEqual([]);
    expect(whole).not.toContain('DatingSharing');
  });

  it('has contents numbers equal to the pages the chapters and closing pages start on', () => {
    const contentsPage = pdf.outline.find((entry) => entry.title === 'Contents')?.pageNumber ?? 0;
    const contents = pdf.text.pages[contentsPage - 1] ?? '';
    for (const title of [...chapterTitles, ...closingTitles]) {
      const match = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)`).exec(contents);
      // Top-level bookmarks only: a chapter's exercise may share a closing page's title.
      const start = pdf.outline.find((entry) => entry.depth === 0 && squash(entry.title) === squash(title))?.pageNumber;
      expect(Number(match?.[1]), title).toBe(start);
      // The page after an opener carries the next folio, so the count is the one a reader sees.
      const next = pdf.text.pages[start ?? 0] ?? '';
      expect(next, `folio after ${title}`).toMatch(new RegExp(`(^|\\s)${(start ?? 0) + 1}(\\s|$)`));
    }
  });

  it('has running heads: the book on left pages, the chapter on right pages', () => {
    pdf.text.pages.forEach((text, index) => {
      const page = index + 1;
      // The cover, chapter openers and each section's first page (its title is the heading) carry no running head.
      if (page === 1 || text.startsWith('Notes') || /^(CHAPTER \d+|BEFORE YOU BEGIN)/.test(text)) return;
      if (
        /^\d+ (Safety and privacy first|How to use this workbook|Contents|Weekly trust check-in|Our agreement|Support and resources|Notes)\b/.test(
          text,
        )
      )
        return;
      if (page === 2) return; // the imprint on the cover's verso
      if (page === pdf.text.pages.length) return; // the back page
      if (page % 2 === 0)
        expect(text.startsWith(`Rebuilding Trust After Infidelity ${page}`), `page ${page}: ${text.slice(0, 60)}`).toBe(
          true,
        );
      else expect(text, `page ${page}`).toMatch(new RegExp(`^.+ ${page}( |$)`));
    });
  });

  it('turns each blank verso into a Notes page', () => {
    const notes = pdf.text.pages.filter((text) => /^Notes \d+$/.test(text));
    expect(notes.length).toBeGreaterThan(0);
  });

  it('embeds only the fonts the project ships', () => {
    const names = baseFontNames(pdf.bytes);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name, name).toMatch(/^[A-Z]{6}\+Literata-(Regular|SemiBold|Italic)$/);
  });

  it('is tagged, titled and in the book’s language, with reproducible dates', async () => {
    const document = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(document.getTitle()).toBe('Rebuilding Trust After Infidelity: Workbook');
    expect(document.getAuthor()).toBe('Rebuilding Trust project');
    const catalog = document.catalog;
    expect(catalog.get(PDFName.of('Lang'))).toEqual(PDFString.of('en'));
    expect(catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(String(markInfo.get(PDFName.of('Marked')))).toBe('true');
    expect(document.getCreationDate()?.getTime()).toBe(document.getModificationDate()?.getTime());
  });
});

/** Every /BaseFont the PDF names (what `pdffonts` lists); the post-processed file has no object streams, so they are plain text. */
function baseFontNames(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  return [...new Set([...text.matchAll(/\/BaseFont\s*\/([^\s/>\]]+)/g)].map((match) => match[1] ?? ''))];
}
