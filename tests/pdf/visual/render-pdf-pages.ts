import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { openPdfHarness } from '../../../workbook/pictures/pdf-harness.ts';

/** 1.25 × 72 dpi = 90 dpi: small references, yet a hairline rule still shows. */
export const RENDER_SCALE = 1.25;

export interface PdfPageRenderer {
  /** PNG bytes of each requested page (1-based), drawn by pdf.js at RENDER_SCALE on a white canvas. */
  render(pdf: Uint8Array, pageNumbers: readonly number[]): Promise<Buffer[]>;
  close(): Promise<void>;
}

interface HarnessWindow {
  drawPdfPages(url: string, pageNumbers: number[], scale: number): Promise<string[]>;
}

/** pdf.js's browser build in headless Chromium draws the pages (workbook/pictures/pdf-harness.ts). */
export async function openPdfRenderer(): Promise<PdfPageRenderer> {
  const browser: Browser = await launchChromium();
  try {
    const harness = await openPdfHarness(browser);
    return {
      async render(pdf, pageNumbers) {
        const urls = await harness.page.evaluate(
          ({ url, numbers, scale }) => (window as unknown as HarnessWindow).drawPdfPages(url, numbers, scale),
          { url: harness.show(pdf), numbers: [...pageNumbers], scale: RENDER_SCALE },
        );
        return urls.map((url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
      },
      async close() {
        await harness.close();
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
