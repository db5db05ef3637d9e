import type { BrowserContext, Page } from 'playwright-core';
import { FriendlyError } from '../../src/lib/friendly-error.ts';

/**
 * Turns everything that would make a silently wrong book into a failed render: script errors,
 * console errors, HTTP errors (a missing image or font), and any request to
 * another origin, which is aborted before it leaves the machine. Each is passed to `fail`, which
 * aborts the render. The printed book is about
 * infidelity; a reader's copy must never ping a third party.
 */
export async function watchPageFailures(
  context: BrowserContext,
  page: Page,
  origin: string,
  fail: (reason: Error) => void,
): Promise<void> {
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
}
