import pLimit from 'p-limit';
import type { Browser } from 'playwright-core';
import type { Edition } from './editions.ts';
import { renderEdition, type RenderEditionOptions, type RenderedEdition } from './render-edition.ts';

/**
 * Renders `editions` two at a time (the machine has two cores, and Chromium lays out one page
 * per core) and returns them in order, or throws the first failure. After a failure no further
 * render starts, and the ones already running are waited for: closing the browser under a
 * render that is still setting up its page crashes Playwright's client instead of reporting the
 * failure.
 */
export async function renderEditions(
  browser: Browser,
  editions: readonly Edition[],
  options: (edition: Edition) => RenderEditionOptions,
): Promise<RenderedEdition[]> {
  const limit = pLimit(2);
  let failure: { reason: unknown } | undefined;
  const settled = await Promise.allSettled(
    editions.map((edition) =>
      limit(async () => {
        if (failure) return undefined;
        try {
          return await renderEdition(browser, edition, options(edition));
        } catch (error) {
          failure ??= { reason: error };
          throw error;
        }
      }),
    ),
  );
  if (failure) throw failure.reason;
  return settled.map((result) => {
    if (result.status !== 'fulfilled' || result.value === undefined)
      throw new Error('unreachable: a render neither failed nor finished');
    return result.value;
  });
}
