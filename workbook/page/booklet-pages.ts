import { bookletMargins, marginCss } from './page-margins.ts';
import type { PaperId } from './paper-sizes.ts';

/** Half-size pages for a booklet: US Letter folds to 5.5 × 8.5 in, A4 to A5. */
export const bookletPages = {
  letter: { cssSize: '5.5in 8.5in', heightMm: 215.9, sheet: { width: 792, height: 612 } },
  a4: { cssSize: '148mm 210mm', heightMm: 210, sheet: { width: 841.89, height: 595.28 } },
} as const satisfies Record<PaperId, unknown>;

/**
 * The @page rules of a booklet page, added after the book's own so they win: smaller margins
 * (still more than the 6 mm a printer cannot reach once two pages share a sheet) and type.
 */
export function bookletCss(paper: PaperId): string {
  const page = bookletPages[paper];
  return `@page { size: ${page.cssSize}; }
${marginCss(bookletMargins)}
:root { --wb-page-block: ${page.heightMm}mm; --wb-text: 9.5pt; --wb-text-sm: 7.5pt; }`;
}
