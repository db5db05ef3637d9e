import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { listBuiltPages } from '../support/built-site.ts';
import { DESKTOP, open, PHONE, useSite } from './site.ts';

/*
 * axe-core with the WCAG 2.0–2.2 A/AA rules over every built page: light and dark at 1280 px
 * and on a 375 px phone (the page is re-checked after resizing: the site is static,
 * so a resize is the same layout as a fresh load at that width). One context per colour scheme
 * and a fresh page per built page: on the 2-core CI machine a context costs more than an axe run.
 */

const pages = listBuiltPages();
const site = useSite();

const setups = [
  { scheme: 'light', viewports: [DESKTOP, PHONE] },
  { scheme: 'dark', viewports: [DESKTOP, PHONE] },
] as const;

describe.each(setups)('axe (WCAG 2.2 AA), $scheme scheme', ({ scheme, viewports }) => {
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await site.browser.newContext({ colorScheme: scheme, viewport: viewports[0], reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await context?.close();
  });

  const widths = viewports.map((viewport) => `${viewport.width}`).join(' and ');
  it.each(pages.map((page) => page.path))(`%s has no violations at ${widths} px`, async (path) => {
    if (context === undefined) throw new Error('no browser context');
    const page = await context.newPage();
    try {
      await open(page, site.url(path));
      const lines: string[] = [];
      for (const viewport of viewports) {
        await page.setViewportSize(viewport);
        for (const v of await axeViolations(page)) {
          lines.push(
            `${path} [${scheme}, ${viewport.width}px] ${v.id}: ${v.targets[0] ?? '(no target)'}` +
              `${v.targets.length > 1 ? ` (+${v.targets.length - 1} more)` : ''}: ${v.help}`,
          );
        }
      }
      expect(lines).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
