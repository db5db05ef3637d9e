import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../workbook/browser/launch-chromium.ts';
import { serveDirectory, type ServedDirectory } from '../../workbook/io/serve-directory.ts';
import { requireDist } from './built-site.ts';

export interface ChromiumAndDist {
  browser: Browser;
  /** The built dist/, served at its root. */
  server: ServedDirectory;
}

/**
 * The project's Chromium and the built site, opened once before a test file's tests and closed
 * after them. The fields are set when its tests (and its own beforeAll hooks, which run after
 * this one) start.
 */
export function useChromiumAndDist(): ChromiumAndDist {
  // Partial until beforeAll has run; closing copes with a set-up that failed half way.
  const opened: Partial<ChromiumAndDist> = {};
  beforeAll(async () => {
    requireDist();
    opened.browser = await launchChromium();
    opened.server = await serveDirectory('dist');
  });
  afterAll(async () => {
    await opened.browser?.close();
    await opened.server?.close();
  });
  return opened as ChromiumAndDist;
}
