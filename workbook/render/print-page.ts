import type { Browser, BrowserContext, Page } from 'playwright-core';
import { blankNativePageCss, giveCustomElementsADisplay } from './chrome-compat.ts';
import { headingsWithoutIds, missingHeadingIdsMessage } from './heading-ids.ts';
import { watchPageFailures } from './page-failures.ts';
import { readPagedPolyfill } from './paged-polyfill.ts';
import type { PagedSize, PagedWindow } from './paged-window.ts';

/**
 * One browser page that loads a print source for Paged.js, with everything that would make a
 * silently wrong book (script errors, failed requests, other origins) turned into a failure.
 * The steps are separate so a render of several parts can lay all of them out before it
 * prints any.
 */
export interface PrintPage {
  page: Page;
  /** Races `work` against this page's failures and `expired`; the loser's rejection is handled. */
  guard<T>(work: Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openPrintPage(
  browser: Browser,
  url: string,
  expired: Promise<never>,
  onPageLaidOut: (pagesLaidOut: number) => void,
): Promise<PrintPage> {
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const { failed } = await watchPageFailures(context, page, new URL(url).origin);
  await page.addInitScript(() => {
    (window as unknown as PagedWindow).PagedConfig = { auto: false };
  });
  await page.exposeFunction('__workbookPageLaidOut', onPageLaidOut);
  return {
    page,
    guard: (work) => {
      // If the time limit or a page failure wins the race, closing the page rejects `work` too.
      work.catch(() => {});
      return Promise.race([work, failed, expired]);
    },
    close: async () => {
      await page.close();
      await context.close();
    },
  };
}

/**
 * Loads the print source and checks what Paged.js needs of it, before the polyfill is injected.
 * `prepare` runs first, so a part of a long book is cut before anything measures the whole book.
 */
export async function loadPrintSource(page: Page, url: string, prepare?: () => Promise<void>): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await prepare?.();
  const missing = await page.evaluate(headingsWithoutIds);
  if (missing.length > 0) throw new Error(missingHeadingIdsMessage(url, missing));
  await page.evaluate(giveCustomElementsADisplay);
}

/** Injects the pinned Paged.js polyfill (it does nothing yet: `PagedConfig.auto` is false). */
export async function injectPagedJs(page: Page): Promise<void> {
  await page.addScriptTag({ content: await readPagedPolyfill() });
}

/** Prints the paginated pages: each Paged.js page becomes one PDF page, tagged and bookmarked. */
export async function printPaginated(page: Page, size: PagedSize): Promise<Uint8Array> {
  await page.addStyleTag({ content: blankNativePageCss(size) });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  return new Uint8Array(pdf);
}

/** Seconds since the last call (or since it was made): one render phase at a time. */
export function stopwatch(): () => number {
  let mark = performance.now();
  return () => {
    const now = performance.now();
    const seconds = (now - mark) / 1000;
    mark = now;
    return seconds;
  };
}
