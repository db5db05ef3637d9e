import pLimit from 'p-limit';
import type { Browser } from 'playwright-core';
import { joinTaggedPdfs } from '../pdf/join-tagged-pdfs.ts';
import type { PaginatedPdf, PaginateOptions } from './paginate.ts';
import { renderTimeLimit } from './paginate.ts';
import type { Anchor, PagedSize, PagedWindow, PlacedPart } from './paged-window.ts';
import {
  injectPagedJs,
  loadPrintSource,
  openPrintPage,
  printPaginated,
  stopwatch,
  type PrintPage,
} from './print-page.ts';
import { runPagedPreview } from './run-paged-preview.ts';

/**
 * Paginates a long book in `parts` pieces, two at a time (one per core), each in its own page:
 * Paged.js's cost per page grows with the document, so small documents lay out and print faster
 * than one long one. Chapters open on right-hand pages, so the parts share nothing but page
 * numbers: once all are laid out they are numbered in order (folios, the contents), printed,
 * and joined into one tagged PDF with its bookmarks and links (workbook/pdf/join-tagged-pdfs.ts).
 * The print source cuts itself (`__workbookKeepPart`) and numbers its pages
 * (`__workbookPlacePart`); `collect` runs in every part, in order.
 */
export async function paginateInParts<Collected>(
  browser: Browser,
  url: string,
  parts: number,
  options: PaginateOptions<Collected> = {},
): Promise<PaginatedPdf<Collected[]>> {
  const started = performance.now();
  const limit = renderTimeLimit(options.timeoutMs ?? 120_000, url);
  const laidOut = new Array<number>(parts).fill(0);
  const twoAtATime = pLimit(2);
  const opened: PrintPage[] = [];
  const each = <T>(work: (part: PrintPage, index: number) => Promise<T>) =>
    Promise.all(opened.map((part, index) => twoAtATime(() => part.guard(work(part, index)))));
  try {
    for (let index = 0; index < parts; index += 1) {
      opened.push(
        await openPrintPage(browser, url, limit.expired, (count) => {
          laidOut[index] = count;
          options.onProgress?.(laidOut.reduce((sum, pages) => sum + pages, 0));
        }),
      );
    }
    const lap = stopwatch();
    await each(({ page }, index) =>
      loadPrintSource(page, url, () =>
        page.evaluate(
          (part) => {
            const hooks = window as unknown as PagedWindow;
            if (!hooks.__workbookKeepPart) {
              throw new Error('This print source cannot be laid out in parts (no __workbookKeepPart)');
            }
            hooks.__workbookKeepPart(part);
          },
          { index, count: parts },
        ),
      ),
    );
    const load = lap();
    await each(({ page }) => injectPagedJs(page));
    const polyfill = lap();
    const previews = await each(({ page }) => page.evaluate(runPagedPreview, { finish: false as const }));
    const placed: PlacedPart[] = [];
    for (const [index, { page }] of opened.entries()) {
      const firstPage = 1 + placed.reduce((sum, part) => sum + part.pageCount, 0);
      placed[index] = await page.evaluate(
        (placement) => {
          const hooks = window as unknown as PagedWindow;
          if (!hooks.__workbookPlacePart) {
            throw new Error('This print source cannot be laid out in parts (no __workbookPlacePart)');
          }
          return hooks.__workbookPlacePart(placement);
        },
        { firstPage },
      );
    }
    const anchors = Object.assign({}, ...placed.map((part) => part.anchors)) as Record<string, Anchor>;
    const pageOf = Object.fromEntries(Object.entries(anchors).map(([id, anchor]) => [id, anchor.page]));
    const collected = await each(async ({ page }) => {
      await page.evaluate((finish) => (window as unknown as PagedWindow).__workbookAfterPagination?.(finish), {
        pageOf,
      });
      return (options.collect ? await page.evaluate(options.collect) : undefined) as Collected;
    });
    const layout = lap();
    const size: PagedSize = previews[0]!.size;
    const pdfs = await each(({ page }) => printPaginated(page, size));
    const print = lap();
    const pdf = await joinTaggedPdfs(
      pdfs.map((bytes, index) => ({ pdf: bytes, standIns: placed[index]!.standIns })),
      anchors,
    );
    const join = lap();
    return {
      pdf,
      pageCount: placed.reduce((sum, part) => sum + part.pageCount, 0),
      seconds: (performance.now() - started) / 1000,
      phases: { load, polyfill, layout, print, join },
      collected,
    };
  } finally {
    limit.clear();
    await Promise.all(opened.map((part) => part.close()));
  }
}
