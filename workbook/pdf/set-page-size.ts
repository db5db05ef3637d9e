import type { PDFDocument } from 'pdf-lib';

export interface PaperPoints {
  /** Points (1/72 in), to two decimals: A4 is 595.28 × 841.89. */
  width: number;
  height: number;
}

/** A paper's size in points, to two decimals, from its millimetres. */
export function paperPoints(paper: { widthMm: number; heightMm: number }): PaperPoints {
  const points = (mm: number) => Math.round((mm / 25.4) * 72 * 100) / 100;
  return { width: points(paper.widthMm), height: points(paper.heightMm) };
}

/**
 * Gives every page exactly the paper's size. Chromium rounds page sizes to its CSS pixels (A4
 * comes out 594.96 × 841.92 pt); the MediaBox and CropBox are set to the true size from the same
 * origin, so nothing is scaled or moved: the page grows or shrinks by a fraction of a point at its
 * right and top edges, inside the margins.
 */
export function setPageSize(doc: PDFDocument, size: PaperPoints): void {
  for (const page of doc.getPages()) {
    page.setMediaBox(0, 0, size.width, size.height);
    page.setCropBox(0, 0, size.width, size.height);
  }
}
