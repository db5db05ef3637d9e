import { getDocumentProxy } from 'unpdf';

export interface PageSize {
  /** Points (1/72 in), as the viewer shows the page. */
  width: number;
  height: number;
}

export interface PdfText {
  /** One entry per page, whitespace collapsed to single spaces. */
  pages: string[];
  sizes: PageSize[];
}

/** Reads back what a reader (or a screen reader, or search) gets from each page. */
export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js may transfer (detach) the buffer it is given; the caller keeps theirs.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const pages: string[] = [];
    const sizes: PageSize[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const { items } = await page.getTextContent();
      const text = items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ' ')).join('');
      pages.push(normaliseWhitespace(text));
      const { width, height } = page.getViewport({ scale: 1 });
      sizes.push({ width, height });
    }
    return { pages, sizes };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
