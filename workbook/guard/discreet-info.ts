import type { DocumentInfo } from '../pdf/set-info.ts';

/**
 * A discreet edition's PDF details. A file manager, a viewer's document properties, a printer's
 * queue and a search index show them without opening the book, so they are part of the outside:
 * the neutral title (content/book.json's discreetTitle), and no author, subject, keywords or
 * creator, for each of those names the project or the subject. The producer says only the tool.
 */
export function discreetInfo(info: DocumentInfo, discreetTitle: string): DocumentInfo {
  return {
    ...info,
    title: discreetTitle,
    author: '',
    subject: '',
    keywords: [],
    creator: 'Paged.js (Chromium)',
    producer: 'pdf-lib',
  };
}
