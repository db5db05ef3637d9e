import type { PaperSize } from './paper-sizes.ts';

/** The @page rule that depends on the edition: its paper size. Everything else is in styles/print-book.css. */
export function pageCss(paper: PaperSize): string {
  return `@page { size: ${paper.cssSize}; }
:root { --wb-page-block: ${paper.heightMm}mm; }`;
}
