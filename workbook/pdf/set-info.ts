import type { PDFDocument } from 'pdf-lib';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  /** The tool that made the source (e.g. the workbook CLI). */
  creator: string;
  /** The tool that wrote the PDF. */
  producer: string;
}

/** Writes the document information dictionary that viewers and catalogues read. */
export function setInfo(doc: PDFDocument, info: DocumentInfo): void {
  doc.setTitle(info.title);
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  // pdf-lib joins keywords with spaces, which splits multi-word keywords; commas keep them whole.
  doc.setKeywords([info.keywords.join(', ')]);
  doc.setCreator(info.creator);
  doc.setProducer(info.producer);
}
