import type { Browser } from 'playwright-core';
import { applyEditionIn, collectFrom, renderSignal, type PaginatedPdf, type PaginateOptions } from './paginate.ts';
import { loadPrintPage, openPrintPage, printPaginated, stopwatch, type PrintPage } from './print-page.ts';

/**
 * Paginates a book in `parts` pieces at once, each in a page of its own browser context, so
 * each in its own renderer process on its own core (measured: docs/architecture.md, "Parts").
 * Paged.js's layout, most of a render, runs in the page's one thread; split at chapters that
 * open on a right-hand page, the parts share nothing but page numbers. Once all are laid out,
 * the later parts' pages are numbered on and moved into the first part's document
 * (print/runtime/print-parts.ts), which then holds the pages a one-part layout makes: it is
 * finished (contents numbers, Notes, a booklet's padding), measured and printed as one book, so
 * the PDF is the one-part render's, byte for byte (tests/pdf/parts-identical.test.ts).
 */
export async function paginateInParts<Collected>(
  browser: Browser,
  url: string,
  parts: number,
  options: PaginateOptions<Collected> = {},
): Promise<PaginatedPdf<Collected>> {
  const started = performance.now();
  const signal = renderSignal(options, url);
  const laidOut = new Array<number>(parts).fill(0);
  const opened: PrintPage[] = [];
  const each = <T>(pages: readonly PrintPage[], work: (part: PrintPage, index: number) => Promise<T>) =>
    Promise.all(pages.map((part, index) => work(part, index)));
  try {
    const opening = await Promise.allSettled(
      laidOut.map((_, index) =>
        openPrintPage(browser, url, signal, (count) => {
          laidOut[index] = count;
          options.onProgress?.(laidOut.reduce((sum, pages) => sum + pages, 0));
        }),
      ),
    );
    // Every page that opened is closed below, even when another failed to open.
    for (const result of opening) if (result.status === 'fulfilled') opened.push(result.value);
    const failed = opening.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const [first, ...later] = opened;
    if (!first) throw new Error(`Cannot lay a book out in ${parts} parts`);
    const lap = stopwatch();
    await each(opened, async (part) => {
      await loadPrintPage(part, url);
      await applyEditionIn(part, options.edition, options.ownCopyPages);
    });
    const load = lap();
    await each(opened, (part, index) => part.call('paginate', { part: { index, count: parts } }));
    const pageCounts = await each(opened, (part) => part.call('endPart'));
    const layout = lap();
    const exported = await each(later, (part, index) =>
      part.call('exportPart', { firstPage: 1 + pageCounts.slice(0, index + 1).reduce((sum, count) => sum + count, 0) }),
    );
    // The later pages' work is done: free their renderer processes before the first one prints.
    await each(later, (part) => part.close());
    await first.call('joinParts', exported);
    options.onJoined?.();
    const join = lap();
    const { pageCount } = await first.call('finish', {});
    const collected = await collectFrom(first, options.collect);
    const finish = lap();
    const pdf = await printPaginated(first);
    const print = lap();
    return {
      pdf,
      pageCount,
      seconds: (performance.now() - started) / 1000,
      phases: { load, layout: layout + finish, print, join },
      collected,
    };
  } finally {
    await Promise.all(opened.map((part) => part.close()));
  }
}
