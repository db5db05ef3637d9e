import { PDFDocument } from 'pdf-lib';

/**
 * The one way the workbook opens a PDF with pdf-lib. `updateMetadata: false`, or pdf-lib stamps
 * its own producer and the current time. `parseSpeed: Infinity`: by default pdf-lib parses 100
 * objects and then waits for a timer tick, again and again, so a workbook of a few thousand
 * objects spent most of its post-processing idle (with savePdf's like setting: 185 ms → 25 ms
 * for the Letter workbook, same bytes).
 */
export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
}
