import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../../workbook/pdf/load-pdf.ts';
import { outlineTitleFixes } from '../../../workbook/pdf/outline-title-fixes.ts';
import { readOutline } from '../../../workbook/pdf/read-outline.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { savePdf } from '../../../workbook/pdf/save-pdf.ts';
import { setOutlineTitles } from '../../../workbook/pdf/set-outline-titles.ts';
import { tinyPdf } from '../../support/tiny-pdf.ts';

/* Chromium drops the space where a heading wraps; the bookmark gets the heading's words back. */
describe('bookmark titles', () => {
  it('finds each glued title on its page, with its spaces, and leaves a right one alone', () => {
    const outline = [
      { title: 'Emotional and PhysicalIntimacy', pageNumber: 2, depth: 0 },
      { title: 'Contents', pageNumber: 1, depth: 0 },
      { title: 'Not on its page', pageNumber: 1, depth: 0 },
    ];
    const pages = ['Contents Intimacy', 'Re-establishing Emotional and Physical Intimacy The article'];
    expect([...outlineTitleFixes(outline, pages)]).toEqual([
      ['Emotional and PhysicalIntimacy', 'Emotional and Physical Intimacy'],
    ]);
  });

  it('renames the bookmarks of a PDF, and only those asked for', async () => {
    const glued = 'Not Just Fixingthe Past';
    const bytes = await tinyPdf([{ text: 'One' }, { text: 'Not Just Fixing the Past' }], {
      bookmarks: [
        { title: 'One', page: 1 },
        { title: glued, page: 2 },
      ],
    });
    const before = await readOutline(bytes);
    const fixes = outlineTitleFixes(before, (await readPdfText(bytes)).pages);
    const doc = await loadPdf(bytes);
    setOutlineTitles(doc, fixes);
    const after = await readOutline(await savePdf(doc));
    expect(after.map((entry) => entry.title)).toEqual(['One', 'Not Just Fixing the Past']);
  });
});
