import { Chunker } from 'pagedjs';

/**
 * Paged.js 0.4.3 loads every face in document.fonts before it lays out a page
 * (Chunker.prototype.loadFonts). With fonts cut into unicode-range slices that means fetching
 * every slice of every face the workbook bundles, about a thousand files, to print a few. The
 * slices the text needs are already loading once the page has been laid out, and the runtime
 * starts Paged.js only after document.fonts.ready, so loadFonts waits for those and nothing else.
 */
export function loadOnlyTheFontsInUse(): void {
  Chunker.prototype.loadFonts = () => document.fonts.ready;
}
