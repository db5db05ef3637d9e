import type { PDFDocument } from 'pdf-lib';

/** Catalog `/Lang` (BCP 47, e.g. `en-US`): screen readers pick their voice from it. */
export function setLanguage(doc: PDFDocument, language: string): void {
  if (language.trim() === '')
    throw new Error('The PDF language must be a BCP 47 tag such as "en" or "en-US", not empty.');
  doc.setLanguage(language);
}
