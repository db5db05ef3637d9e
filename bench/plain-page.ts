import type { Browser, Page } from 'playwright-core';

/** A page in a context of its own, as the renderer opens one (no service workers), with a time limit. */
export async function openPlainPage(browser: Browser, timeoutMs: number): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  return page;
}

/** `page.pdf` with the renderer's options (workbook/render/print-page.ts), so print costs compare. */
export function printAsTheRendererDoes(page: Page): Promise<Buffer> {
  return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
}
