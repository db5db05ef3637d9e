import { createHash } from 'node:crypto';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

export function catalogText(doc: PDFDocument, key: string): string | undefined {
  const value = doc.catalog.lookup(PDFName.of(key));
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

export function catalogHasDict(doc: PDFDocument, key: string): boolean {
  return doc.catalog.lookup(PDFName.of(key)) instanceof PDFDict;
}

/** The trailer's `/ID [<a> <b>]` as written in the bytes. */
export function trailerId(bytes: Uint8Array): [string, string] | undefined {
  const match = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/.exec(Buffer.from(bytes).toString('latin1'));
  return match ? [match[1] ?? '', match[2] ?? ''] : undefined;
}
