import type { Browser } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import { openPlainPage, printAsTheRendererDoes } from './plain-page.ts';

export interface FloorRun {
  seconds: number;
  pages: number;
}

/**
 * The least any renderer could spend on the print source: Chromium's own `page.pdf` of the
 * same document without Paged.js (load, fonts, print with the renderer's PDF options), timed
 * from the same point paginate() starts its clock. In a browser of its own.
 */
export async function measureFloor(url: string, timeoutMs: number): Promise<FloorRun> {
  const browser = await launchChromium();
  try {
    const { seconds, pdf } = await printNatively(browser, url, timeoutMs);
    return { seconds, pages: await pageCount(pdf) };
  } finally {
    await browser.close();
  }
}

/**
 * The floor in a browser the caller already has, in a fresh context, so a figure measured in that
 * browser (the studio's wait) has its own floor beside it, under the same load and the same flags.
 */
export async function printNatively(
  browser: Browser,
  url: string,
  timeoutMs: number,
): Promise<{ seconds: number; pdf: Buffer }> {
  const started = performance.now();
  const page = await openPlainPage(browser, timeoutMs);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    // A missing page would print a short error page and pass for a very fast floor.
    if (!response?.ok())
      throw new Error(`The native print could not open ${url}: HTTP ${response?.status() ?? 'no response'}`);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const pdf = await printAsTheRendererDoes(page);
    return { seconds: (performance.now() - started) / 1000, pdf };
  } finally {
    await page.context().close();
  }
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}
