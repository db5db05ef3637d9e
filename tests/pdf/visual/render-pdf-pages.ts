import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { serveDirectory } from '../../../workbook/io/serve-directory.ts';

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

const pdfjsDir = path.resolve(import.meta.dirname, '../../../node_modules/pdfjs-dist');
const harness = readFileSync(path.join(import.meta.dirname, 'pdf-harness.html'), 'utf8');
const HARNESS_PATH = '__visual/';
const DOCUMENT_PATH = '__visual/document.pdf';

/**
 * pdf.js's browser build in headless Chromium, served from 127.0.0.1, draws PDF pages to a
 * canvas: a PDF rasteriser without poppler or any other system package.
 */
export async function openPdfRenderer(): Promise<PdfPageRenderer> {
  const server = await serveDirectory(pdfjsDir);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    let current: Uint8Array = new Uint8Array();
    await page.route(`${server.url}${HARNESS_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: harness }),
    );
    await page.route(`${server.url}${DOCUMENT_PATH}`, (route) =>
      route.fulfill({ contentType: 'application/pdf', body: Buffer.from(current) }),
    );
    await page.goto(`${server.url}${HARNESS_PATH}`);
    await page.waitForFunction(() => 'drawPdfPages' in window);
    const opened = browser;
    return {
      async render(pdf, pageNumbers) {
        current = pdf;
        const urls = await page.evaluate(
          ({ url, numbers, scale }) => (window as unknown as HarnessWindow).drawPdfPages(url, numbers, scale),
          { url: `/${DOCUMENT_PATH}`, numbers: [...pageNumbers], scale: RENDER_SCALE },
        );
        return urls.map((url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
      },
      async close() {
        await opened.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    throw error;
  }
}
