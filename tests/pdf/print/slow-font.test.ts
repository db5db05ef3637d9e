import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import type { ServedDirectory } from '../../../workbook/io/serve-directory.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { paginate } from '../../../workbook/render/paginate.ts';
import { servePrintFixtures } from './serve-print-fixtures.ts';

/**
 * Paged.js replaces the page's style sheets with its own copies before it lays out, so every
 * @font-face becomes a new, unloaded FontFace. Unless the runtime loads those new faces before
 * layout (workbook/print/runtime/paged-font-loading.ts), the first pages are measured in a
 * fallback font while the real one is still on its way, and the breaks depend on how fast it
 * arrives. Here it arrives slowly every time (no caching, a delay per request): the pages must
 * still break exactly where they break with the font served at once.
 */
const FONT_DELAY_MS = 400;

/** A front for `origin` that holds every font response back and forbids caching it. */
async function slowFonts(origin: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL((request.url ?? '/').slice(1), origin));
      const body = Buffer.from(await upstream.arrayBuffer());
      const isFont = /\.woff2?$/.test(request.url ?? '');
      if (isFont) await new Promise((resolve) => setTimeout(resolve, FONT_DELAY_MS));
      response.statusCode = upstream.status;
      response.setHeader('Content-Type', upstream.headers.get('content-type') ?? 'application/octet-stream');
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('a font that arrives slowly', () => {
  let browser: Browser;
  let fixtures: ServedDirectory;
  let slow: Awaited<ReturnType<typeof slowFonts>>;

  beforeAll(async () => {
    browser = await launchChromium();
    fixtures = await servePrintFixtures();
    slow = await slowFonts(fixtures.url);
  });
  afterAll(async () => {
    await slow.close();
    await fixtures.close();
    await browser.close();
  });

  async function pagesFrom(origin: string): Promise<string[]> {
    const { pdf } = await paginate(browser, new URL('index.html', origin).href, { timeoutMs: 30_000 });
    return (await readPdfText(pdf)).pages;
  }

  it('breaks the pages where the font served at once breaks them', async () => {
    const atOnce = await pagesFrom(fixtures.url);
    const late = await pagesFrom(slow.url);
    expect(late).toHaveLength(atOnce.length);
    late.forEach((page, index) => expect(page, `page ${index + 1}`).toBe(atOnce[index]));
  });

  it('breaks them the same way in every render in the same browser', async () => {
    const first = await pagesFrom(slow.url);
    for (let again = 0; again < 3; again += 1) expect(await pagesFrom(fixtures.url)).toEqual(first);
  });
});
