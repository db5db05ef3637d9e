import { bookMargins, marginCss } from './page-margins.ts';
import type { PaperSize } from './paper-sizes.ts';

/** The @page rules that depend on the edition: paper size and margins. Everything else is in styles/*.css. */
export function pageCss(paper: PaperSize): string {
  return `@page { size: ${paper.cssSize}; }
${marginCss(bookMargins)}
:root { --wb-page-block: ${paper.heightMm}mm; }`;
}
