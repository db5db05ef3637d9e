/** A rectangle in PDF points, from the page's lower-left corner. */
export interface PointRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Tops closer than this are one row: the cells of a table row are measured from the same line,
 * but their boxes may differ by Chromium's rounding.
 */
const ROW_TOLERANCE_PT = 1;

/** Sorts rectangles as a reader meets them on a page: top to bottom, then left to right in a row. */
export function compareReadingOrder(a: PointRect, b: PointRect): number {
  const topA = a.y + a.height;
  const topB = b.y + b.height;
  if (Math.abs(topA - topB) > ROW_TOLERANCE_PT) return topB - topA;
  return a.x - b.x;
}
