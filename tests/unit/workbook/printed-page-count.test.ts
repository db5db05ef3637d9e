import { describe, expect, it } from 'vitest';
import { checkPrintedPageCount } from '../../../workbook/guard/printed-page-count.ts';

describe('checkPrintedPageCount', () => {
  it('passes a PDF with one page for each page laid out', () => {
    expect(checkPrintedPageCount(42, 42)).toEqual([]);
  });

  it('names a page added in print, and pages lost to shrinking, with both counts', () => {
    expect(checkPrintedPageCount(42, 43)).toEqual([
      'the PDF has 43 pages where 42 were laid out (a page ran over onto another, or a blank one was added)',
    ]);
    expect(checkPrintedPageCount(280, 187)).toEqual([
      'the PDF has 187 pages where 280 were laid out (pages were shrunk onto fewer sheets)',
    ]);
  });
});
