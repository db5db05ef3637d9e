import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import { printPagePath } from '../workbook/edition/standard-editions.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';
import { settledStudioPreview } from '../tests/support/studio-preview.ts';
import { printNatively } from './print-floor.ts';
import type { StudioFigures } from './results.ts';
import { repeat, spreadOf } from './stats.ts';

const STUDIO = 'workbook/studio/';

const NATIVE_PRINT_TIMEOUT_MS = 2 * 60_000;

/**
 * What a counselor waits for in the print studio: from opening its address to "Preview ready",
 * for the whole book and for a booklet, each in a fresh browser context (a first visit, nothing
 * cached), and from changing one setting on the ready whole book to ready again. Each run also
 * prints the same edition's print page natively in the same browser (the floor), the yardstick of
 * the studio's budget: the same browser, flags and load as the wait it is held against.
 */
export async function measureStudio(siteDir: string, runs: number): Promise<StudioFigures> {
  const server = await serveDirectory(siteDir);
  const browser = await launchChromium();
  try {
    const printPage = new URL(printPagePath({ paper: 'letter' }), server.url).href;
    const visits = await repeat(runs, async () => {
      const native = await printNatively(browser, printPage, NATIVE_PRINT_TIMEOUT_MS);
      const wholeBook = await visit(browser, new URL(`${STUDIO}?paper=letter`, server.url).href, changeOneSetting);
      const booklet = await visit(browser, new URL(`${STUDIO}?paper=letter&booklet=1`, server.url).href);
      return { native: native.seconds, wholeBook, booklet };
    });
    return {
      nativePrint: spreadOf(visits.map((run) => run.native)),
      wholeBook: spreadOf(visits.map((run) => run.wholeBook.opened)),
      booklet: spreadOf(visits.map((run) => run.booklet.opened)),
      afterChange: spreadOf(visits.map((run) => run.wholeBook.changed!)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function visit(
  browser: Browser,
  url: string,
  then?: (page: Page) => Promise<number>,
): Promise<{ opened: number; changed?: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url);
    await ready(page, url);
    const opened = (performance.now() - started) / 1000;
    return then ? { opened, changed: await then(page) } : { opened };
  } finally {
    await context.close();
  }
}

/** Seconds from choosing roomier writing space to the new preview's "Preview ready". */
async function changeOneSetting(page: Page): Promise<number> {
  const started = performance.now();
  await page.getByLabel('Roomy').check();
  // The studio waits for a pause in editing, then replaces the frame; ready means the new one is.
  await page.waitForSelector('[data-preview-viewport][aria-busy="true"]', { state: 'attached' });
  await ready(page, 'the studio after choosing roomy writing space');
  return (performance.now() - started) / 1000;
}

async function ready(page: Page, what: string): Promise<void> {
  const status = await settledStudioPreview(page);
  if (!status.startsWith('Preview ready'))
    throw new Error(`The studio's preview did not get ready for ${what}: ${status}`);
}
