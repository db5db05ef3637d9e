import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveDirectory } from '../io/serve-directory.ts';

/** The harness page: pdf.js's browser build drawing PDF pages to a canvas (pdf-harness.html). */
export const HARNESS_FILE = path.join(import.meta.dirname, 'pdf-harness.html');
const HARNESS_PATH = '__pdf-harness/';
const DOCUMENT_PATH = '__pdf-harness/document.pdf';
const pdfjsDir = path.resolve(import.meta.dirname, '../../node_modules/pdfjs-dist');

export interface PdfHarness {
  /** The harness page, its drawing functions loaded (`drawPdfPage`, `drawPdfPages`). */
  page: Page;
  /** Makes `pdf` the document the page draws, and gives its address on the page's origin. */
  show(pdf: Uint8Array): string;
  close(): Promise<void>;
}

/**
 * pdf.js's browser build in a page of `browser`, served from 127.0.0.1 with the PDF to draw
 * handed over in memory: a PDF rasteriser without poppler or any system package, for the option
 * pictures and the visual test alike.
 */
export async function openPdfHarness(browser: Browser): Promise<PdfHarness> {
  const harness = readFileSync(HARNESS_FILE, 'utf8');
  const server = await serveDirectory(pdfjsDir);
  try {
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    const page = await context.newPage();
    let current: Uint8Array = new Uint8Array();
    await page.route(`${server.url}${HARNESS_PATH}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: harness }),
    );
    await page.route(`${server.url}${DOCUMENT_PATH}`, (route) =>
      route.fulfill({ contentType: 'application/pdf', body: Buffer.from(current) }),
    );
    await page.goto(`${server.url}${HARNESS_PATH}`);
    await page.waitForFunction(() => 'drawPdfPage' in window && 'drawPdfPages' in window);
    return {
      page,
      show(pdf) {
        current = pdf;
        return `/${DOCUMENT_PATH}`;
      },
      async close() {
        await context.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
