import type { BrowserContext, Page } from 'playwright-core';
import { FriendlyError } from '../../src/lib/friendly-error.ts';

export interface PageFailures {
  /** Rejects with the first problem seen; never resolves. Already marked as handled. */
  readonly failed: Promise<never>;
}

/**
 * Turns everything that would make a silently wrong book into a failed render: script errors,
 * console errors, HTTP errors (a missing image or font), and any request to
 * another origin, which is aborted before it leaves the machine. The printed book is about
 * infidelity; a reader's copy must never ping a third party.
 */
export async function watchPageFailures(context: BrowserContext, page: Page, origin: string): Promise<PageFailures> {
  let fail: (reason: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // The render races this promise; once the render wins, nobody awaits it any more.
  failed.catch(() => {});

  page.on('pageerror', (error) => fail(new FriendlyError(`Script error in ${page.url()}: ${error.message}`)));
  page.on('response', (response) => {
    if (response.status() >= 400)
      fail(new FriendlyError(`HTTP ${response.status()} for ${response.url()} (needed by ${page.url()})`));
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    fail(new FriendlyError(`Console error in ${page.url()}: ${message.text()}${url ? ` (${url})` : ''}`));
  });
  await context.route('**/*', async (route) => {
    const requested = route.request().url();
    if (new URL(requested).origin === origin) return route.continue();
    fail(
      new FriendlyError(
        `Blocked a request to another origin: ${requested} (the print source may only load files from ${origin})`,
      ),
    );
    return route.abort('blockedbyclient');
  });

  return { failed };
}
