import type { Browser } from 'playwright-core';
import type { PaperId } from '../page/paper-sizes.ts';
import { loadPrintPage, openPrintPage } from '../render/print-page.ts';
import { setStrings } from '../../src/lib/set-strings.ts';

/** The set's front sheet's path on the served site (workbook/print/SetFront.astro). */
export function frontSheetPath(paper: PaperId): string {
  return `workbook/print/set/${paper}/`;
}

/**
 * Prints the set's front sheet with each book's pages in the set, from the served site, in the
 * same Chromium and bundled fonts as the books: a tagged PDF of one page. Its bookmarks come from
 * the books (nest-outline.ts), so it adds none of its own.
 */
export async function renderFrontSheet(
  browser: Browser,
  options: { siteUrl: string; paper: PaperId; ranges: readonly (readonly [number, number])[]; signal: AbortSignal },
): Promise<Uint8Array> {
  const url = new URL(frontSheetPath(options.paper), options.siteUrl).href;
  const printPage = await openPrintPage(browser, url, options.signal, () => {});
  try {
    await loadPrintPage(printPage, url);
    const texts = options.ranges.map(([first, last]) => setStrings.pages(first, last));
    await printPage.guard(
      printPage.page.evaluate(async (values) => {
        const spans = document.querySelectorAll('[data-set-pages]');
        if (spans.length !== values.length)
          throw new Error(`the set's front sheet lists ${spans.length} books, the set has ${values.length}`);
        spans.forEach((span, index) => (span.textContent = values[index] ?? ''));
        await document.fonts.ready;
      }, texts),
    );
    const pdf = await printPage.guard(
      printPage.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false }),
    );
    return new Uint8Array(pdf);
  } finally {
    await printPage.close();
  }
}
