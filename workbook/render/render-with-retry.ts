import type { Browser } from 'playwright-core';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import type { Edition } from '../edition/standard-editions.ts';
import { faultAt, injectStop } from '../io/faults.ts';
import type { BrowserSupply } from './browser-supply.ts';
import { renderEdition, type RenderEditionOptions, type RenderedEdition } from './render-edition.ts';

/**
 * Renders one edition, and once more in a fresh browser when Chromium died under it (killed, out
 * of memory, a crashed renderer process): that is the machine's failure, not the book's, and a
 * render is deterministic, so the second gives the very bytes the first would have. A second
 * crash stops with one line naming the edition. Any other failure is the book's and is thrown as is.
 */
export async function renderWithRetry(
  browsers: BrowserSupply,
  edition: Edition,
  options: RenderEditionOptions,
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<RenderedEdition> {
  // A failure after the print (the checks, the post-processing) is the book's, whatever the browser does then.
  let printed = false;
  const hasPrinted = () => printed;
  const onLaidOut = () => {
    printed = true;
    options.onLaidOut?.();
  };
  const first = await browsers.current();
  try {
    const rendered = await renderEdition(first, edition, withKillFault(first, edition, { ...options, onLaidOut }));
    // Test-only (io/faults.ts): a stop just as one edition is post-processed and the others render.
    injectStop('post-processed');
    return rendered;
  } catch (error) {
    if (hasPrinted() || options.signal?.aborted || !isBrowserCrash(error, first)) throw error;
    warn(
      `${edition.name}: Chromium stopped during the render (${reasonOf(error)}); rendering it again in a fresh browser.`,
    );
  }
  const fresh = await browsers.replace(first);
  try {
    return await renderEdition(fresh, edition, withKillFault(fresh, edition, { ...options, onLaidOut }));
  } catch (error) {
    if (hasPrinted() || options.signal?.aborted || !isBrowserCrash(error, fresh)) throw error;
    throw new BrowserCrashed(edition.name, reasonOf(error));
  }
}

/** Chromium died twice rendering one edition: said in our voice, with what to do. */
export class BrowserCrashed extends FriendlyError {
  override name = 'BrowserCrashed';
  constructor(edition: string, reason: string) {
    super(
      `Chromium stopped twice while rendering ${edition === 'edition' ? 'the edition' : `the ${edition} edition`} (${reason}); no PDF was written. This usually means the computer ran short of memory: close other programs and run the command again.`,
    );
  }
}

/**
 * Whether a render failed because Chromium went away: the browser disconnected, or Playwright
 * reports the page's renderer process crashed or its target closed under it (never our own
 * abort: callers check their signal first).
 */
export function isBrowserCrash(error: unknown, browser: Browser): boolean {
  if (!browser.isConnected()) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /Target crashed|Target page, context or browser has been closed|Browser has been closed|browser has disconnected/i.test(
    message,
  );
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/^[\w.]+: /, '').slice(0, 120) || 'no reason given';
}

/** The test-only fault (io/faults.ts): kill this browser as `edition` lays out its first page. */
function withKillFault(browser: Browser, edition: Edition, options: RenderEditionOptions): RenderEditionOptions {
  if (!process.env['WORKBOOK_FAULT']) return options;
  let armed = true;
  return {
    ...options,
    onProgress: (laidOut) => {
      if (armed && faultAt('kill-browser', edition.name) !== undefined) void killBrowserProcess(browser);
      armed = false;
      options.onProgress?.(laidOut);
    },
  };
}

/** SIGKILL to the browser's own process, found through the DevTools protocol (Playwright gives no pid). */
async function killBrowserProcess(browser: Browser): Promise<void> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  const own = processInfo.find((info) => info.type === 'browser');
  if (own) process.kill(own.id, 'SIGKILL');
}
