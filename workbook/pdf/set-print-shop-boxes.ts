import {
  beginMarkedContent,
  endMarkedContent,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  setLineWidth,
  setStrokingCmykColor,
  stroke,
  PDFName,
  type PDFDocument,
  type PDFPage,
} from 'pdf-lib';
import type { PaperPoints } from './set-page-size.ts';

/** Millimetres to points. */
const mmToPoints = (mm: number) => (mm / 25.4) * 72;

/**
 * Beyond the bleed: room for the crop marks, which start this far from the bleed's edge, so a
 * trimmer never cuts into one, and run this long.
 */
export const markGapMm = 2;
export const markLengthMm = 6;

/** The boxes of one print-shop page, in points, with the finished page at the origin. */
export interface PrintShopBoxes {
  trim: [number, number, number, number];
  bleed: [number, number, number, number];
  media: [number, number, number, number];
}

/** Where the trim, the bleed and the sheet around them lie for a page of `size`. */
export function printShopBoxes(size: PaperPoints, bleedMm: number): PrintShopBoxes {
  const bleed = mmToPoints(bleedMm);
  const slug = bleed + mmToPoints(markGapMm + markLengthMm + 1);
  return {
    trim: [0, 0, size.width, size.height],
    bleed: [-bleed, -bleed, size.width + bleed, size.height + bleed],
    media: [-slug, -slug, size.width + slug, size.height + slug],
  };
}

/** The crop marks of a page: at each corner of the trim, one line along each edge, outside the bleed. */
export function cropMarks(size: PaperPoints, bleedMm: number): [number, number, number, number][] {
  const start = mmToPoints(bleedMm + markGapMm);
  const end = start + mmToPoints(markLengthMm);
  const lines: [number, number, number, number][] = [];
  for (const x of [0, size.width]) {
    for (const y of [0, size.height]) {
      const outX = x === 0 ? -1 : 1;
      const outY = y === 0 ? -1 : 1;
      // A horizontal mark on the line of the trim's edge y, and a vertical one on x.
      lines.push([x + outX * start, y, x + outX * end, y]);
      lines.push([x, y + outY * start, x, y + outY * end]);
    }
  }
  return lines;
}

/**
 * Makes every page what a print shop asks for: the finished page is the TrimBox (exactly the
 * paper, where `setPageSize` put it), the BleedBox runs `bleedMm` past it on every side, and the
 * MediaBox (and CropBox, so a viewer shows the marks) has room beyond the bleed for crop marks.
 * The boxes grow around the origin rather than moving the page, so no content, link, field or
 * tag moves. The marks are drawn as an artifact, outside the structure tree, in registration
 * black (all four inks) as presses expect. A page that has its TrimBox already (a book joined into
 * a set) keeps its marks: they are not drawn twice.
 */
export function setPrintShopBoxes(doc: PDFDocument, size: PaperPoints, bleedMm: number): void {
  const boxes = printShopBoxes(size, bleedMm);
  const marks = cropMarks(size, bleedMm);
  for (const page of doc.getPages()) {
    const marked = page.node.has(PDFName.of('TrimBox'));
    const [x0, y0, x1, y1] = boxes.media;
    page.setMediaBox(x0, y0, x1 - x0, y1 - y0);
    page.setCropBox(x0, y0, x1 - x0, y1 - y0);
    const [b0, b1, b2, b3] = boxes.bleed;
    page.setBleedBox(b0, b1, b2 - b0, b3 - b1);
    page.setTrimBox(0, 0, size.width, size.height);
    if (!marked) drawMarks(page, marks);
  }
}

function drawMarks(page: PDFPage, marks: readonly [number, number, number, number][]): void {
  // Chromium's drawing is wrapped in q … Q first, so the marks start from the page's own
  // coordinates, not from whatever transform its content leaves behind.
  page.node.normalize();
  page.pushOperators(
    beginMarkedContent('Artifact'),
    pushGraphicsState(),
    setLineWidth(0.25),
    setStrokingCmykColor(1, 1, 1, 1),
    ...marks.flatMap(([ax, ay, bx, by]) => [moveTo(ax, ay), lineTo(bx, by)]),
    stroke(),
    popGraphicsState(),
    endMarkedContent(),
  );
}
