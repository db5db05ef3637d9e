import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { book } from '../../src/lib/book.ts';
import { listChapterPages } from '../support/built-site.ts';
import { DESKTOP, open, PHONE, useSite } from './site.ts';

/*
 * The quick exit ("Exit this page"), as GOV.UK's "Exit this page" behaves: the second Tab stop
 * (after the skip link) and Enter leaves; without JavaScript it is a plain link to book.exitUrl;
 * with it, leaving replaces the page in the history, and Shift pressed three times within 5 s
 * leaves too, while two presses, a gap, or Shift held for a capital letter do not. The exit address
 * is answered here by Playwright's router, so no request leaves 127.0.0.1.
 */

const site = useSite();
const chapterPaths = listChapterPages().map((chapter) => chapter.path);
const chapter = chapterPaths[Math.floor(chapterPaths.length / 2)] ?? '/';
const exitUrl = new URL(book.exitUrl).href;

/**
 * Routes the page's requests: this server's pass, the exit address gets a tiny stand-in page,
 * anything else is blocked and returned in the list, which a test expects to stay empty.
 */
async function routeExit(page: Page): Promise<string[]> {
  const offenders: string[] = [];
  const origin = new URL(site.origin).origin;
  await page.context().route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) return route.continue();
    if (url.href === exitUrl) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Elsewhere</title>' });
    }
    offenders.push(url.href);
    return route.abort('blockedbyclient');
  });
  return offenders;
}

interface Visit {
  /** The page opened before `path`, where Back should return once `path` is left. */
  previous: string;
  historyLength: number;
}

/** Opens another page and then `path`, so the history has a page before the one the reader leaves. */
async function openAfterAnother(page: Page, path: string): Promise<Visit> {
  const previous = path === '/' ? '/about/' : '/';
  await open(page, site.url(previous));
  await open(page, site.url(path));
  return { previous, historyLength: await page.evaluate(() => history.length) };
}

/** Expects the page to have left for the exit address in its own place in the history, not after it. */
async function expectReplacedBy(page: Page, visit: Visit): Promise<void> {
  await page.waitForURL(exitUrl, { timeout: 5000 });
  expect(await page.evaluate(() => history.length), 'the history did not grow').toBe(visit.historyLength);
  await page.goBack({ waitUntil: 'load' });
  expect(new URL(page.url()).pathname, 'Back skips the page that was left').toBe(visit.previous);
}

/** Waits a moment and expects the page to still be at `path`. */
async function expectStayed(page: Page, path: string): Promise<void> {
  await page.waitForTimeout(400);
  expect(page.url()).toBe(site.url(path));
}

describe.each([PHONE, DESKTOP])('the quick exit at $width px', (viewport) => {
  it.each(['/', chapter, '/reflections/hurt/', '/support/'])(
    'on %s, the second Tab stop is "Exit this page", and Enter leaves',
    async (path) => {
      await site.withPage({ viewport }, async (page) => {
        const offenders = await routeExit(page);
        const visit = await openAfterAnother(page, path);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          const box = el?.getBoundingClientRect();
          return {
            text: el?.textContent.trim(),
            href: el?.getAttribute('href'),
            rel: el?.getAttribute('rel'),
            visible: box !== undefined && box.width > 0 && box.top >= 0 && box.bottom <= innerHeight,
          };
        });
        expect(focused).toEqual({ text: 'Exit this page', href: book.exitUrl, rel: 'noreferrer', visible: true });
        await page.keyboard.press('Enter');
        await expectReplacedBy(page, visit);
        expect(offenders).toEqual([]);
      });
    },
  );

  it('stays in view at the top of the screen at the end of a long page', async () => {
    await site.withPage({ viewport }, async (page) => {
      await open(page, site.url(chapter));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const box = await page.locator('a[data-quick-exit]').boundingBox();
      expect(box?.y).toBeGreaterThanOrEqual(0);
      expect(box?.y).toBeLessThan(20);
    });
  });
});

describe('without JavaScript', () => {
  it('is a plain link to the exit address, and following it leaves', async () => {
    await site.withPage({ javaScriptEnabled: false, viewport: PHONE }, async (page) => {
      const offenders = await routeExit(page);
      await open(page, site.url(chapter));
      const link = page.getByRole('link', { name: 'Exit this page' });
      expect(await link.count()).toBe(1);
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe(book.exitUrl);
      expect(await link.getAttribute('rel')).toBe('noreferrer');
      await link.click();
      await page.waitForURL(exitUrl, { timeout: 5000 });
      expect(offenders).toEqual([]);
    });
  });
});

describe('with JavaScript', () => {
  it('a click leaves and replaces the page in the history', async () => {
    await site.withPage({}, async (page) => {
      const offenders = await routeExit(page);
      const visit = await openAfterAnother(page, chapter);
      await page.getByRole('link', { name: 'Exit this page' }).click();
      await expectReplacedBy(page, visit);
      expect(offenders).toEqual([]);
    });
  });

  it('Shift pressed three times leaves and replaces the page in the history', async () => {
    await site.withPage({}, async (page) => {
      const offenders = await routeExit(page);
      const visit = await openAfterAnother(page, chapter);
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
      await expectReplacedBy(page, visit);
      expect(offenders).toEqual([]);
    });
  });

  it('Shift pressed twice does not leave', async () => {
    await site.withPage({}, async (page) => {
      const offenders = await routeExit(page);
      await open(page, site.url(chapter));
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await expectStayed(page, chapter);
      expect(offenders).toEqual([]);
    });
  });

  it('Shift twice, a gap of more than 5 s, and Shift once more does not leave; the count starts again', async () => {
    await site.withPage({}, async (page) => {
      const offenders = await routeExit(page);
      await page.clock.install();
      await open(page, site.url(chapter));
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.clock.fastForward(6000);
      await page.keyboard.press('Shift');
      await expectStayed(page, chapter);
      // That press began a new count: two more within 5 s leave.
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.waitForURL(exitUrl, { timeout: 5000 });
      expect(offenders).toEqual([]);
    });
  });

  it('Shift held for capital letters, or with other keys between, does not count', async () => {
    await site.withPage({}, async (page) => {
      const offenders = await routeExit(page);
      await open(page, site.url(chapter));
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift+KeyA');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Shift');
      await expectStayed(page, chapter);
      expect(offenders).toEqual([]);
    });
  });
});
