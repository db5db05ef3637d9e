import type { PDFDocument } from 'pdf-lib';

/**
 * The one way the workbook saves a PDF. Classic cross-reference tables and no object streams
 * keep the output a plain, stable serialisation of the object graph (and readable by older
 * tools); the form-field pass is off because it can add objects. `objectsPerTick: Infinity`:
 * pdf-lib otherwise waits for a timer tick after every 50 objects written (see load-pdf.ts).
 */
export async function savePdf(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
    objectsPerTick: Infinity,
  });
}
