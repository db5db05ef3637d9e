import type { Browser } from 'playwright-core';
import type { EditionOptions } from '../edition/edition-schema.ts';
import type { OwnCopyPages } from '../edition/own-copy-pages.ts';
import { withTimeLimit } from '../io/cancellation.ts';
import { loadPrintPage, openPrintPage, printPaginated, stopwatch, type PrintPage } from './print-page.ts';
import type { RenderPhases } from './render-phases.ts';

export interface PaginateOptions<Collected = undefined> {
  /** The edition to apply before layout; without one the page is laid out as it is. */
  edition?: EditionOptions;
  /** For a shared book: each prompt's page in each reader's own copy (print-runtime-api.ts). */
  ownCopyPages?: OwnCopyPages;
  /** Stops the render: Ctrl-C, or another render's failure. */
  signal?: AbortSignal;
  /** Budget for loading, paginating and printing; default 120 s. */
  timeoutMs?: number;
  /** Called after each page Paged.js lays out, with the running total. */
  onProgress?: (pagesLaidOut: number) => void;
  /** Called once a book laid out in parts is joined and its later pages closed: from then on it needs one core. */
  onJoined?: () => void;
  /** Runs in the page once it is finished, before printing (serialised by Playwright). */
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

/** The render's signal: the caller's, and the time limit, which fails with a message naming it. */
export function renderSignal(options: { signal?: AbortSignal; timeoutMs?: number }, url: string): AbortSignal {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return withTimeLimit(
    options.signal,
    timeoutMs,
    `Pagination did not finish within ${timeoutMs / 1000} s for ${url}; on a slow machine, raise WORKBOOK_RENDER_TIMEOUT_MS (milliseconds)`,
  );
}

/** Applies the edition, if there is one, to a loaded print page. */
export async function applyEditionIn(
  printPage: PrintPage,
  edition: EditionOptions | undefined,
  ownCopyPages?: OwnCopyPages,
): Promise<void> {
  if (edition) await printPage.call('apply', edition, ownCopyPages);
}

/** What `collector` reads from the finished page, if there is one. */
export async function collectFrom<Collected>(printPage: PrintPage, collector: (() => Collected) | undefined) {
  return (collector ? await printPage.guard(printPage.page.evaluate(collector)) : undefined) as Collected;
}

/**
 * Paginates `url` and prints it to PDF, in the manner of pagedjs-cli's printer, except that the
 * page's own runtime drives Paged.js (the same calls as the studio's preview): apply the
 * edition, paginate, finish, print. Each step can fail with a message that says which one.
 */
export async function paginate<Collected = undefined>(
  browser: Browser,
  url: string,
  options: PaginateOptions<Collected> = {},
): Promise<PaginatedPdf<Collected>> {
  const started = performance.now();
  const signal = renderSignal(options, url);
  const printPage = await openPrintPage(browser, url, signal, (laidOut) => options.onProgress?.(laidOut));
  try {
    const lap = stopwatch();
    await loadPrintPage(printPage, url);
    await applyEditionIn(printPage, options.edition, options.ownCopyPages);
    const load = lap();
    // Fonts are awaited in paginate (before layout), so a slow font counts as layout, not load.
    await printPage.call('paginate', {});
    const { pageCount } = await printPage.call('finish', {});
    const collected = await collectFrom(printPage, options.collect);
    const layout = lap();
    const pdf = await printPaginated(printPage);
    const phases = { load, layout, print: lap(), join: 0 };
    return { pdf, pageCount, seconds: (performance.now() - started) / 1000, phases, collected };
  } finally {
    await printPage.close();
  }
}
