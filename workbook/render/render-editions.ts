import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/launch-chromium.ts';
import type { Edition } from '../edition/standard-editions.ts';
import { browserSupply, type BrowserSupply } from './browser-supply.ts';
import { coreSlots } from './core-slots.ts';
import { partsFor, partsInTurn } from './parts-for.ts';
import type { RenderEditionOptions, RenderedEdition } from './render-edition.ts';
import { renderWithRetry } from './render-with-retry.ts';

/**
 * How many parts render at once, across editions: one per core, and one more. Chromium lays a
 * part out on one core, but a render leaves its cores idle while its pages load and while Node
 * reads back and post-processes its PDF; the extra part fills those gaps. Measured with
 * `npm run build` on this 2-core machine, one part per edition: 3 at a time renders the ten
 * editions in 13–14 s, 2 at a time in 15 s. An edition laid out in parts takes one slot per part
 * while it lays out (editions × parts ≤ cores + 1), and one from the join on, when it prints in
 * one page and Node checks it. (A render that Chromium's death sends round again lays out its
 * parts in that one slot: a moment over, once, rather than a wait.)
 */
export function partsAtOnce(cores = availableParallelism()): number {
  return cores + 1;
}

/**
 * Renders `editions`, as many at once as their parts fit in partsAtOnce, and returns them in
 * order, or throws the first failure. The last ones, which would leave cores idle, are laid out
 * in parts (partsInTurn); the others whole. A failure (or the caller's
 * signal) aborts the others: their pages close and no further render starts. They are still
 * waited for, so the browser is never closed under a render that is setting up its page.
 * An edition whose browser dies under it renders once more in a fresh one (render-with-retry.ts);
 * given a bare browser, the fresh ones are launched here and closed before returning.
 */
export async function renderEditions(
  browser: Browser | BrowserSupply,
  editions: readonly Edition[],
  options: (edition: Edition) => RenderEditionOptions,
  signal?: AbortSignal,
): Promise<RenderedEdition[]> {
  if ('newContext' in browser) {
    const browsers = browserSupply(browser, () => launchChromium(signal ? { signal } : {}));
    try {
      return await renderEditions(browsers, editions, options, signal);
    } finally {
      await browsers.closeReplacements();
    }
  }
  const slots = coreSlots(partsAtOnce());
  const failed = new AbortController();
  const aborted = signal ? AbortSignal.any([signal, failed.signal]) : failed.signal;
  let failure: { reason: unknown } | undefined;
  const settled = await Promise.allSettled(
    editions.map((edition, index) => {
      const settings = options(edition);
      const parts =
        settings.parts ??
        partsInTurn(partsFor(edition.options, settings.manifest), editions.length - index, partsAtOnce());
      return slots.run(parts, async (keepOne) => {
        aborted.throwIfAborted();
        try {
          return await renderWithRetry(browser, edition, { ...settings, parts, signal: aborted, onJoined: keepOne });
        } catch (error) {
          // The first failure is the one to report; the others are the aborts it caused.
          if (!failure) {
            failure = { reason: signal?.aborted ? signal.reason : error };
            failed.abort(failure.reason);
          }
          throw error;
        }
      });
    }),
  );
  signal?.throwIfAborted();
  if (failure) throw failure.reason;
  return settled.map((result) => {
    if (result.status !== 'fulfilled') throw new Error('unreachable: a render neither failed nor finished');
    return result.value;
  });
}
