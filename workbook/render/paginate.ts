import type { Browser } from 'playwright-core';
import { blankNativePageCss, giveCustomElementsADisplay } from './chrome-compat.ts';
import { headingsWithoutIds, missingHeadingIdsMessage } from './heading-ids.ts';
import { watchPageFailures } from './page-failures.ts';
import { readPagedPolyfill } from './paged-polyfill.ts';
import type { RenderPhases } from './render-phases.ts';
import type { PagedWindow } from './paged-window.ts';
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
  const timeoutMs = options.timeoutMs ?? 120_000;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const limit = timeLimit(
    timeoutMs,
    `Pagination did not finish within ${timeoutMs / 1000} s for ${url}; on a slow machine, raise WORKBOOK_RENDER_TIMEOUT_MS (milliseconds)`,
  );
  try {
    const { failed } = await watchPageFailures(context, page, new URL(url).origin);
    await page.addInitScript(() => {
      (window as unknown as PagedWindow).PagedConfig = { auto: false };
    });
    await page.exposeFunction('__workbookPageLaidOut', (pagesLaidOut: number) => options.onProgress?.(pagesLaidOut));

    const render = async (): Promise<PaginatedPdf<Collected>> => {
      let mark = performance.now();
      const lap = () => {
        const now = performance.now();
        const seconds = (now - mark) / 1000;
        mark = now;
        return seconds;
      };
      await page.goto(url, { waitUntil: 'load' });
      const missing = await page.evaluate(headingsWithoutIds);
      if (missing.length > 0) throw new Error(missingHeadingIdsMessage(url, missing));
      await page.evaluate(giveCustomElementsADisplay);
      const load = lap();
      await page.addScriptTag({ content: await readPagedPolyfill() });
      const polyfill = lap();
      // Fonts are awaited in here (before layout), so a slow font counts as layout, not load.
      const { pageCount, size } = await page.evaluate(runPagedPreview);
      const collected = (options.collect ? await page.evaluate(options.collect) : undefined) as Collected;
      const layout = lap();
      await page.addStyleTag({ content: blankNativePageCss(size) });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
      const phases = { load, polyfill, layout, print: lap() };
      return { pdf: new Uint8Array(pdf), pageCount, seconds: (performance.now() - started) / 1000, phases, collected };
    };
    const rendering = render();
    // If the time limit or a page failure wins the race, closing the page rejects this too.
    rendering.catch(() => {});
    return await Promise.race([rendering, failed, limit.expired]);
  } finally {
    limit.clear();
    await page.close();
    await context.close();
  }
}
