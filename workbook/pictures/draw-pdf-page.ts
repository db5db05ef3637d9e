import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { serveDirectory } from '../io/serve-directory.ts';

export interface PdfPageDrawer {
  /**
   * PNG bytes of the 1-based page `number` of `pdf`, `width` × `height` pixels, with the page's
   * size in points (width, height).
   */
  draw(pdf: Uint8Array, number: number, width: number, height: number): Promise<DrawnPage>;
  close(): Promise<void>;
}

export interface DrawnPage {
  png: Uint8Array;
  points: [number, number];
}

interface HarnessWindow {
  drawPdfPage(url: string, number: number, width: number, height: number): Promise<{ png: string; points: number[] }>;
}

const pdfjsDir = path.resolve(import.meta.dirname, '../../node_modules/pdfjs-dist');
export const HARNESS_FILE = path.join(import.meta.dirname, 'picture-harness.html');
const HARNESS_PATH = '__pictures/';
const DOCUMENT_PATH = '__pictures/document.pdf';

/**
 * pdf.js's browser build in a page of the build's own Chromium, served from 127.0.0.1, draws a
 * PDF page to a canvas: a picture of the real PDF without poppler or any system package.
 */
export async function openPdfPageDrawer(browser: Browser): Promise<PdfPageDrawer> {
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
    await page.waitForFunction(() => 'drawPdfPage' in window);
    return {
      async draw(pdf, number, width, height) {
        current = pdf;
        const drawn = await page.evaluate(
          (input) =>
            (window as unknown as HarnessWindow).drawPdfPage(input.url, input.number, input.width, input.height),
          { url: `/${DOCUMENT_PATH}`, number, width, height },
        );
        const png = Buffer.from(drawn.png.slice(drawn.png.indexOf(',') + 1), 'base64');
        return { png: new Uint8Array(png), points: [drawn.points[0]!, drawn.points[1]!] };
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
