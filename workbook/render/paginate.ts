import type { Browser } from 'playwright-core';
import { injectPagedJs, loadPrintSource, openPrintPage, printPaginated, stopwatch } from './print-page.ts';
import type { RenderPhases } from './render-phases.ts';
import { runPagedPreview } from './run-paged-preview.ts';
import { timeLimit } from './time-limit.ts';

export interface PaginateOptions<Collected = undefined> {
  /** Budget for loading, paginating and printing; default 120 s. */
  timeoutMs?: number;
  /** Called after each page Paged.js lays out, with the running total. */
  onProgress?: (pagesLaidOut: number) => void;
  /** Runs in the page after pagination, before printing (self-contained: it is serialised). */
  collect?: () => Collected;
}

export interface PaginatedPdf<Collected = undefined> {
  pdf: Uint8Array;
  pageCount: number;
  seconds: number;
  /** The same seconds, step by step (page and context set-up is not in any phase). */
  phases: RenderPhases;
  /** What `collect` returned, read from the paginated document. */
  collected: Collected;
}

export function renderTimeLimit(timeoutMs: number, url: string) {
  return timeLimit(
    timeoutMs,
    `Pagination did not finish within ${timeoutMs / 1000} s for ${url}; on a slow machine, raise WORKBOOK_RENDER_TIMEOUT_MS (milliseconds)`,
  );
}

/**
 * Paginates `url` with Paged.js and prints it to PDF, in the manner of pagedjs-cli's printer:
 * the polyfill is injected by us, after load, and driven explicitly, so each step can fail
 * with a message that says which one.
 */
export async function paginate<Collected = undefined>(
  browser: Browser,
  url: string,
  options: PaginateOptions<Collected> = {},
): Promise<PaginatedPdf<Collected>> {
  const started = performance.now();
  const limit = renderTimeLimit(options.timeoutMs ?? 120_000, url);
  const printPage = await openPrintPage(browser, url, limit.expired, (laidOut) => options.onProgress?.(laidOut));
  const { page } = printPage;
  try {
    const render = async (): Promise<PaginatedPdf<Collected>> => {
      const lap = stopwatch();
      await loadPrintSource(page, url);
      const load = lap();
      await injectPagedJs(page);
      const polyfill = lap();
      // Fonts are awaited in here (before layout), so a slow font counts as layout, not load.
      const { pageCount, size } = await page.evaluate(runPagedPreview, { finish: {} });
      const collected = (options.collect ? await page.evaluate(options.collect) : undefined) as Collected;
      const layout = lap();
      const pdf = await printPaginated(page, size);
      const phases = { load, polyfill, layout, print: lap(), join: 0 };
      return { pdf, pageCount, seconds: (performance.now() - started) / 1000, phases, collected };
    };
    return await printPage.guard(render());
  } finally {
    limit.clear();
    await printPage.close();
  }
}
