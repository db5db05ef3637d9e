import { saddleStitchOrder } from '../../pdf/saddle-stitch-order.ts';

/** A landscape sheet in millimetres. */
export interface SheetMm {
  width: number;
  height: number;
}

/**
 * The studio's booklet, imposed in the page after Paged.js: its half-size pages are moved two to
 * a landscape sheet in saddle-stitch order (the same order as workbook/pdf/impose-booklet.ts), so
 * the browser's print dialog prints sheets to fold and staple. Returns the number of sheet sides.
 */
export function imposeInPage(document: Document, sheet: SheetMm): number {
  const container = document.querySelector('.pagedjs_pages');
  if (!container) return 0;
  const pages = [...container.querySelectorAll<HTMLElement>(':scope > .pagedjs_page')];
  const sides = saddleStitchOrder(pages.length);
  for (const side of sides) {
    const element = document.createElement('div');
    element.className = 'booklet-sheet';
    const left = pages[side.left - 1];
    const right = pages[side.right - 1];
    if (left && right) element.append(left, right);
    container.append(element);
  }
  const style = document.createElement('style');
  style.textContent = `@page { size: ${sheet.width}mm ${sheet.height}mm; margin: 0; }
.booklet-sheet { display: flex; justify-content: center; align-items: center; width: ${sheet.width}mm; height: ${sheet.height}mm; overflow: hidden; break-after: page; background: #fff; }
.booklet-sheet > .pagedjs_page { break-after: auto; margin: 0; box-shadow: none; }`;
  document.head.append(style);
  return sides.length;
}
