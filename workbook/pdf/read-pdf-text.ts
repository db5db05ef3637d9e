import type { MarginBands } from '../page/page-margins.ts';
import { withOpenPdf, type OpenPdf } from './open-pdf.ts';

export interface PageSize {
  /** Points (1/72 in), as the viewer shows the page. */
  width: number;
  height: number;
}

export interface PdfText {
  /** One entry per page, whitespace collapsed to single spaces. */
  pages: string[];
  /** Each page without its running head and folio: text outside the top and bottom bands. */
  bodies: string[];
  /** Each page's top band alone: its running head, if it has one. */
  heads: string[];
  sizes: PageSize[];
}

/** Reads back what a reader (or a screen reader, or search) gets from each page. */
export async function readPdfText(bytes: Uint8Array, bands: MarginBands = { topPt: 0, bottomPt: 0 }): Promise<PdfText> {
  return withOpenPdf(bytes, (pdf) => pageTexts(pdf, bands));
}

/** Each page's text of an open PDF, whole and split at `bands` into body and running head. */
export async function pageTexts(pdf: OpenPdf, bands: MarginBands): Promise<PdfText> {
  const pages: string[] = [];
  const bodies: string[] = [];
  const heads: string[] = [];
  const sizes: PageSize[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const { items } = await page.getTextContent();
    const { width, height } = page.getViewport({ scale: 1 });
    const text = (keep: (y: number) => boolean) =>
      items
        .map((item) =>
          'str' in item ? (keep(item.transform[5] as number) ? item.str + (item.hasEOL ? ' ' : '') : ' ') : ' ',
        )
        .join('');
    pages.push(normaliseWhitespace(text(() => true)));
    // PDF y runs up from the bottom edge; an item's y is its baseline.
    bodies.push(normaliseWhitespace(text((y) => y > bands.bottomPt && y < height - bands.topPt)));
    heads.push(normaliseWhitespace(text((y) => y >= height - bands.topPt)));
    sizes.push({ width, height });
  }
  return { pages, bodies, heads, sizes };
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
