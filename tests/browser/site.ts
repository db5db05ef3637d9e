import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../workbook/browser/launch-chromium.ts';
import { serveDirectory, type ServedDirectory } from '../../workbook/io/serve-directory.ts';
import { distDir, requireDist } from '../support/built-site.ts';

export const DESKTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 375, height: 812 } as const;

export interface Site {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  readonly origin: string;
  readonly browser: Browser;
  /** Absolute URL of a site path such as `/patience/`. */
  url(path: string): string;
  /**
   * Runs `use` in a fresh context and page, closed afterwards whatever happens.
   * Defaults: 1280×900, light scheme, reduced motion (so focus scrolls are instant).
   */
  withPage<T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T>;
}

/**
 * One Chromium and one loopback server for a test file: registers beforeAll/afterAll and
 * returns accessors that are valid inside tests.
 */
export function useSite(): Site {
  let browser: Browser | undefined;
  let server: ServedDirectory | undefined;

  beforeAll(async () => {
    requireDist(); // fail with the "run npm run build" message before starting anything
    server = await serveDirectory(distDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const site: Site = {
    get origin() {
      if (server === undefined) throw new Error('the site server is not running (used outside a test?)');
      return server.url.replace(/\/$/, '');
    },
    get browser() {
      if (browser === undefined) throw new Error('Chromium is not running (used outside a test?)');
      return browser;
    },
    url: (path) => `${site.origin}${path}`,
    async withPage(options, use) {
      const context = await site.browser.newContext({
        viewport: DESKTOP,
        colorScheme: 'light',
        reducedMotion: 'reduce',
        ...options,
      });
      try {
        const page = await context.newPage();
        return await use(page);
      } finally {
        await context.close();
      }
    },
  };
  return site;
}

/** Navigates and waits until the web fonts have loaded, so layout is final. */
export async function open(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response === null || !response.ok()) {
    throw new Error(`GET ${url} answered ${response?.status() ?? 'nothing'}`);
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}
