import { describe, expect, it } from 'vitest';
import { readOutline } from '../../../workbook/pdf/read-outline.ts';
import { normaliseWhitespace, readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { tinyPdf } from '../../support/tiny-pdf.ts';

describe('readPdfText', () => {
  it('returns each page’s text and size in points', async () => {
    const bytes = await tinyPdf([{ text: 'First   page' }, { text: 'Second page', width: 612, height: 792 }]);
    const { pages, sizes } = await readPdfText(bytes);
    expect(pages).toEqual(['First page', 'Second page']);
    expect(sizes).toEqual([
      { width: 396, height: 612 },
      { width: 612, height: 792 },
    ]);
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = await tinyPdf([{ text: 'Again' }]);
    await readPdfText(bytes);
    expect((await readPdfText(bytes)).pages).toEqual(['Again']);
  });

  it('collapses whitespace', () => {
    expect(normaliseWhitespace('  a \n\t b  ')).toBe('a b');
  });
});

describe('readOutline', () => {
  it('lists bookmarks in order with the page each opens', async () => {
    const bookmarks = [
      { title: 'One', page: 1 },
      { title: 'Three', page: 3 },
    ];
    const bytes = await tinyPdf([{ text: 'A' }, { text: 'B' }, { text: 'C' }], { bookmarks });
    const outline = await readOutline(bytes);
    expect(outline).toEqual([
      { title: 'One', pageNumber: 1, depth: 0 },
      { title: 'Three', pageNumber: 3, depth: 0 },
    ]);
  });

  it('returns no entries for a PDF without an outline', async () => {
    expect(await readOutline(await tinyPdf([{ text: 'A' }]))).toEqual([]);
  });
});
