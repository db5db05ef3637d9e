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

/** Every address the PDF's link annotations open (`/A << /URI … >>`), in object order. */
export function linkUris(doc: PDFDocument): string[] {
  const uris: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    const action = object.lookup(PDFName.of('A'));
    const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined;
    if (uri instanceof PDFString || uri instanceof PDFHexString) uris.push(uri.decodeText());
  }
  return uris;
}

/** The trailer's `/ID [<a> <b>]` as written in the bytes. */
export function trailerId(bytes: Uint8Array): [string, string] | undefined {
  const match = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/.exec(Buffer.from(bytes).toString('latin1'));
  return match ? [match[1] ?? '', match[2] ?? ''] : undefined;
}
