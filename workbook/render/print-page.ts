import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import { PAGE_LAID_OUT, type PrintRuntime, type PrintWindow } from '../contracts/print-runtime-api.ts';
import { abortable } from '../io/cancellation.ts';
import { watchPageFailures } from './page-failures.ts';

/**
 * One browser page holding a print page, with everything that would make a silently wrong book
 * (script errors, failed requests, other origins) turned into a failure. The page's own runtime
 * (workbook/print/runtime/print-runtime.ts) does the work; this only calls it. The steps are
 * separate so a render of several parts can lay all of them out before it prints any.
 */
export interface PrintPage {
  page: Page;
  /**
   * Runs `work`, or rejects as soon as the render is aborted (time limit, a page failure, Ctrl-C):
   * aborting closes the page, so the losing work stops rather than running on.
   */
  guard<T>(work: Promise<T>): Promise<T>;
  /** Calls the runtime's `method` in the page; its error becomes the render's, without Playwright's wrapping. */
  call<Method extends keyof PrintRuntime>(
    method: Method,
    ...args: Parameters<PrintRuntime[Method]>
  ): Promise<Awaited<ReturnType<PrintRuntime[Method]>>>;
  close(): Promise<void>;
}

export async function openPrintPage(
  browser: Browser,
  url: string,
  signal: AbortSignal,
  onPageLaidOut: (pagesLaidOut: number) => void,
): Promise<PrintPage> {
  signal.throwIfAborted();
  const failure = new AbortController();
  const aborted = AbortSignal.any([signal, failure.signal]);
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= context.close().catch(() => {});
    return closed;
  };
  aborted.addEventListener('abort', () => void close(), { once: true });
  await watchPageFailures(context, page, new URL(url).origin, (reason) => failure.abort(reason));
  await page.exposeFunction(PAGE_LAID_OUT, onPageLaidOut);
  const guard = <T>(work: Promise<T>) => abortable(work, aborted);
  return {
    page,
    guard,
    call: (method, ...args) =>
      guard(
        page
          .evaluate(
            ([name, values]) => {
              const runtime = (window as Window & PrintWindow).workbook;
              if (!runtime) throw new Error(`${location.href} has no print runtime (window.workbook)`);
              return (runtime[name] as (...parameters: unknown[]) => unknown)(...values);
            },
            [method, args] as const,
          )
          .catch((error: unknown) => {
            throw aborted.aborted ? (aborted.reason as Error) : runtimeError(error);
          }) as Promise<Awaited<ReturnType<PrintRuntime[typeof method]>>>,
      ),
    close,
  };
}

/** Playwright prefixes an error thrown in the page ("page.evaluate: Error: …"); the reader needs the message only. */
function runtimeError(error: unknown): Error {
  if (!(error instanceof Error)) return new FriendlyError(String(error));
  const message = error.message.replace(/^page\.evaluate: (?:Error: )?/, '').replace(/\n\s+at [\s\S]*$/, '');
  return new FriendlyError(message);
}

/** Loads the print page; its runtime installs itself before `load`. */
export async function loadPrintPage(printPage: PrintPage, url: string): Promise<void> {
  // A page failure during load (a script error, a missing file) aborts the render as it happens.
  // No navigation limit of Playwright's own (30 s): the render's time limit covers the load, and
  // a 30× book on a busy machine takes longer than that to load.
  await printPage.guard(printPage.page.goto(url, { waitUntil: 'load', timeout: 0 }));
}

/** Prints the finished pages: each Paged.js page becomes one PDF page, tagged and bookmarked. */
export async function printPaginated(printPage: PrintPage): Promise<Uint8Array> {
  await printPage.call('readyToPrint');
  const pdf = await printPage.guard(
    printPage.page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }),
  );
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
