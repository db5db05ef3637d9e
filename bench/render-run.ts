import { book } from '../src/lib/book.ts';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import type { Edition } from '../workbook/edition/standard-editions.ts';
import type { PrintManifest } from '../workbook/contracts/print-manifest.ts';
import { loadChecks, renderEdition } from '../workbook/render/render-edition.ts';
import type { RenderPhases } from '../workbook/render/render-phases.ts';
import { partsUsed } from './parts-used.ts';
import { sampleMemory, type MemoryPeaks } from './process-memory.ts';

export interface RenderRun {
  /** Paginating and printing, as the renderer reports it (the figure compared with the floor). */
  seconds: number;
  phases: RenderPhases;
  /** The whole renderEdition call: render plus the completeness guards and pdf-lib post-processing. */
  withChecksSeconds: number;
  /** Post-processing the edition's fillable twin from the same render (inside withChecksSeconds); undefined without one. */
  fillableSeconds: number | undefined;
  pages: number;
  /** Parts the render was laid out in at once (1 from a renderer that does not say). */
  parts: number;
  memory: MemoryPeaks;
}

/**
 * One render of `edition` through the production renderer, in a browser of its own so each
 * run's memory peak is its own. The browser's start-up is not timed.
 */
export async function measureRender(
  siteUrl: string,
  edition: Edition,
  manifest: PrintManifest,
  timeoutMs: number,
): Promise<RenderRun> {
  const browser = await launchChromium();
  try {
    // Like the browser's start-up, loading the checks' modules is not the render's time.
    await loadChecks();
    const sampler = sampleMemory();
    const started = performance.now();
    const rendered = await renderEdition(browser, edition, {
      siteUrl,
      manifest,
      date: new Date(0),
      author: book.author,
      keywords: book.keywords,
      timeoutMs,
    }).finally(() => sampler.stop());
    const withChecksSeconds = (performance.now() - started) / 1000;
    return {
      seconds: rendered.seconds,
      phases: rendered.phases,
      withChecksSeconds,
      fillableSeconds: rendered.fillable?.seconds,
      pages: rendered.pageCount,
      parts: partsUsed(rendered),
      memory: sampler.stop(),
    };
  } finally {
    await browser.close();
  }
}
