import { PDFDocument, type PDFPage } from 'pdf-lib';
import { savePdf } from './save-pdf.ts';
import { saddleStitchOrder } from './saddle-stitch-order.ts';
import { loadPdf } from './load-pdf.ts';

export interface SheetSize {
  /** Points (1/72 in) of the landscape sheet, e.g. 792 × 612 for US Letter. */
  width: number;
  height: number;
}

/** Absorbs rounding in sizes given to two decimals (A5 is 419.53 pt, half of A4 is 420.945). */
const TOLERANCE_PT = 0.01;

/**
 * Imposes a PDF of half-sheet pages for saddle stitching: each side of each landscape sheet
 * gets two pages at 100 %, in the order of saddleStitchOrder, so printing double-sided with a
 * short-edge flip, folding and stapling gives the booklet. Same input gives the same bytes.
 */
export async function imposeBooklet(halfPagesPdf: Uint8Array, sheet: SheetSize): Promise<Uint8Array> {
  assertSheetSize(sheet);
  // updateMetadata: false, or pdf-lib stamps its own producer and the current time.
  const source = await loadPdf(halfPagesPdf);
  const pages = source.getPages();
  const half = commonPageSize(pages);
  assertFits(half, sheet);
  const order = saddleStitchOrder(pages.length);

  const output = await PDFDocument.create({ updateMetadata: false });
  // The MediaBox as the bounding box keeps the whole page (no crop) even if its origin is not 0,0.
  const embedded = await output.embedPages(
    pages,
    pages.map((page) => {
      const { x, y, width, height } = page.getMediaBox();
      return { left: x, bottom: y, right: x + width, top: y + height };
    }),
  );
  // The two pages meet at the fold (the sheet's centre line); any spare width goes to the outer edges.
  const fold = sheet.width / 2;
  const y = (sheet.height - half.height) / 2;
  for (const { left, right } of order) {
    const side = output.addPage([sheet.width, sheet.height]);
    side.drawPage(pageAt(embedded, left), { x: fold - half.width, y });
    side.drawPage(pageAt(embedded, right), { x: fold, y });
  }
  return savePdf(output);
}

function pageAt<T>(pages: readonly T[], pageNumber: number): T {
  const page = pages[pageNumber - 1];
  if (page === undefined) throw new Error(`Booklet page ${pageNumber} is missing from the input PDF.`);
  return page;
}

function assertSheetSize({ width, height }: SheetSize): void {
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new Error(`The sheet size must be two positive numbers of points; got ${width} × ${height}.`);
  }
}

/**
 * The one half-page size every page shares. Rotated pages are refused: an embedded page ignores
 * /Rotate, so it would print sideways.
 */
function commonPageSize(pages: readonly PDFPage[]): SheetSize {
  const first = pages[0];
  if (!first) throw new Error('The booklet PDF has no pages; there is nothing to impose.');
  const size = first.getMediaBox();
  pages.forEach((page, index) => {
    const { width, height } = page.getMediaBox();
    if (Math.abs(width - size.width) > TOLERANCE_PT || Math.abs(height - size.height) > TOLERANCE_PT) {
      throw new Error(
        `Every booklet page must be the same size to impose: page 1 is ${size.width} × ${size.height} pt, ` +
          `page ${index + 1} is ${width} × ${height} pt.`,
      );
    }
    const angle = page.getRotation().angle;
    if (angle % 360 !== 0) {
      throw new Error(`Booklet page ${index + 1} is rotated ${angle}°; impose only unrotated pages.`);
    }
  });
  return { width: size.width, height: size.height };
}

function assertFits(half: SheetSize, sheet: SheetSize): void {
  if (2 * half.width <= sheet.width + TOLERANCE_PT && half.height <= sheet.height + TOLERANCE_PT) return;
  throw new Error(
    `Two ${half.width} × ${half.height} pt pages do not fit side by side on a ${sheet.width} × ${sheet.height} pt sheet ` +
      `(they need ${2 * half.width} × ${half.height} pt). Render the booklet at half the sheet's size.`,
  );
}
