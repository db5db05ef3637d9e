import { createHash } from 'node:crypto';
import { PDFHexString, type PDFDocument } from 'pdf-lib';

/**
 * Sets the trailer `/ID` from a hash of `seed` instead of a random value, so the same content
 * always gets the same identifier (and the same bytes). Both halves are equal: this is the
 * file's first and only revision.
 */
export function setDocumentId(doc: PDFDocument, seed: Uint8Array): void {
  const id = createHash('sha256').update(seed).digest('hex').slice(0, 32).toUpperCase();
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
