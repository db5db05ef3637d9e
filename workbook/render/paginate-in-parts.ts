import pLimit from 'p-limit';
import type { Browser } from 'playwright-core';
import type { Anchor, PlacedPart } from '../contracts/print-runtime-api.ts';
import { joinTaggedPdfs } from '../pdf/join-tagged-pdfs.ts';
import { applyEditionIn, collectFrom, renderSignal, type PaginatedPdf, type PaginateOptions } from './paginate.ts';
import { loadPrintPage, openPrintPage, printPaginated, stopwatch, type PrintPage } from './print-page.ts';

/**
 * Paginates a long book in `parts` pieces, two at a time (one per core), each in its own page:
 * Paged.js's cost per page grows with the document, so small documents lay out and print faster
 * than one long one. Chapters open on right-hand pages, so the parts share nothing but page
 * numbers: once all are laid out they are numbered in order (folios, the contents), printed,
 * and joined into one tagged PDF with its bookmarks and links (workbook/pdf/join-tagged-pdfs.ts).
 * The print runtime cuts each part (`paginate({ part })`) and numbers its pages (`place`);
 * `collect` runs in every part, in order.
 */
export async function paginateInParts<Collected>(
  browser: Browser,
  url: string,
  parts: number,
  options: PaginateOptions<Collected> = {},
): Promise<PaginatedPdf<Collected[]>> {
  const started = performance.now();
  const signal = renderSignal(options, url);
  const laidOut = new Array<number>(parts).fill(0);
  const twoAtATime = pLimit(2);
  const opened: PrintPage[] = [];
  const each = <T>(work: (part: PrintPage, index: number) => Promise<T>) =>
    Promise.all(opened.map((part, index) => twoAtATime(() => work(part, index))));
  try {
    for (let index = 0; index < parts; index += 1) {
      opened.push(
        await openPrintPage(browser, url, signal, (count) => {
          laidOut[index] = count;
          options.onProgress?.(laidOut.reduce((sum, pages) => sum + pages, 0));
        }),
      );
    }
    const lap = stopwatch();
    await each(async (part) => {
      await loadPrintPage(part, url);
      await applyEditionIn(part, options.edition, options.ownCopyPages);
    });
    const load = lap();
    await each((part, index) => part.call('paginate', { part: { index, count: parts } }));
    const placed: PlacedPart[] = [];
    for (const [index, part] of opened.entries()) {
      const firstPage = 1 + placed.reduce((sum, { pageCount }) => sum + pageCount, 0);
      placed[index] = await part.call('place', { firstPage });
    }
    const anchors = Object.assign({}, ...placed.map((part) => part.anchors)) as Record<string, Anchor>;
    const pageOf = Object.fromEntries(Object.entries(anchors).map(([id, anchor]) => [id, anchor.page]));
    const collected = await each(async (part) => {
      await part.call('finish', { pageOf });
      return collectFrom(part, options.collect);
    });
    const layout = lap();
    const pdfs = await each((part) => printPaginated(part));
    const print = lap();
    signal.throwIfAborted();
    const pdf = await joinTaggedPdfs(
      pdfs.map((bytes, index) => ({ pdf: bytes, standIns: placed[index]!.standIns })),
      anchors,
    );
    const join = lap();
    return {
      pdf,
      pageCount: placed.reduce((sum, part) => sum + part.pageCount, 0),
      seconds: (performance.now() - started) / 1000,
      phases: { load, layout, print, join },
      collected,
    };
  } finally {
    await Promise.all(opened.map((part) => part.close()));
  }
}
