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
 * from the same point paginate() starts its clock.
 */
export async function measureFloor(url: string, timeoutMs: number): Promise<FloorRun> {
  const browser = await launchChromium();
  try {
    const started = performance.now();
    const page = await openPlainPage(browser, timeoutMs);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const pdf = await printAsTheRendererDoes(page);
    const seconds = (performance.now() - started) / 1000;
    await page.context().close();
    const pages = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
    return { seconds, pages };
  } finally {
    await browser.close();
  }
}
