import type { PaperSize } from './paper-sizes.ts';

/**
 * The @page rules that depend on the edition: paper size and the book title in the left-hand
 * running head. Everything else about the page is in styles/print-book.css.
 */
export function pageCss(paper: PaperSize, bookTitle: string): string {
  return `@page { size: ${paper.cssSize}; }
@page :left { @top-left { content: ${cssString(bookTitle)}; } }
:root { --wb-page-block: ${paper.heightMm}mm; }`;
}

/** A CSS string literal: quotes and backslashes escaped, line breaks removed. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`).replace(/[\n\r]+/g, ' ')}"`;
}
