import type { Browser } from 'playwright-core';
import { openPdfHarness } from './pdf-harness.ts';

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

/** Draws with pdf.js in a page of the build's own Chromium (pdf-harness.ts). */
export async function openPdfPageDrawer(browser: Browser): Promise<PdfPageDrawer> {
  const harness = await openPdfHarness(browser);
  return {
    async draw(pdf, number, width, height) {
      const drawn = await harness.page.evaluate(
        (input) => (window as unknown as HarnessWindow).drawPdfPage(input.url, input.number, input.width, input.height),
        { url: harness.show(pdf), number, width, height },
      );
      const png = Buffer.from(drawn.png.slice(drawn.png.indexOf(',') + 1), 'base64');
      return { png: new Uint8Array(png), points: [drawn.points[0]!, drawn.points[1]!] };
    },
    close: () => harness.close(),
  };
}
