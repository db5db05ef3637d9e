import { bookMargins, marginBands } from '../../../workbook/page/page-margins.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { readPublishedPdf } from '../published-pdfs.ts';
import type { VisualPaper } from './references.ts';
import type { PdfPageRenderer } from './render-pdf-pages.ts';
import { locateVisualPages, type VisualPage } from './visual-pages.ts';

export interface PageSnapshot {
  page: VisualPage;
  /** Where it is in this PDF. */
  number: number;
  png: Buffer;
}

/** Finds the pinned pages in the published `paper` workbook and renders each to PNG. */
export async function snapshotPages(renderer: PdfPageRenderer, paper: VisualPaper): Promise<PageSnapshot[]> {
  const { bytes, file } = await readPublishedPdf(paper);
  const text = await readPdfText(bytes, marginBands(bookMargins));
  const located = locateVisualPages(text, file);
  const pngs = await renderer.render(
    bytes,
    located.map((entry) => entry.number),
  );
  return located.map((entry, index) => ({ ...entry, png: pngs[index]! }));
}
