import type { Browser } from 'playwright-core';

/**
 * How many requests a first visit to `url` makes in a real browser (empty cache, phone-sized
 * viewport): the document, the fonts its text actually uses, the icon, anything else.
 */
export async function countRequests(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
  try {
    const page = await context.newPage();
    let requests = 0;
    page.on('request', () => {
      requests += 1;
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (response === null || !response.ok()) throw new Error(`GET ${url} answered ${response?.status() ?? 'nothing'}`);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return requests;
  } finally {
    await context.close();
  }
}
