import type { PDFDocument } from 'pdf-lib';

/**
 * Creation and modification dates both come from the build date (see build-date.ts), never
 * the clock, so rebuilding unchanged content gives the same bytes.
 */
export function setDates(doc: PDFDocument, date: Date): void {
  if (Number.isNaN(date.getTime())) throw new Error('The PDF date is not a valid Date.');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
}
