import type { PDFDocument } from 'pdf-lib';

/**
 * DisplayDocTitle: viewers show the book's title, not "workbook.pdf", in the window title —
 * also a PDF/UA requirement for assistive technology.
 */
export function setViewerPreferences(doc: PDFDocument): void {
  doc.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);
}
