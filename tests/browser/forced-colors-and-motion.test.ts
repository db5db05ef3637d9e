import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listChapterPages } from '../support/built-site.ts';
import { open, useSite } from './site.ts';

/*
 * User preferences and print: focus stays visible in Windows High Contrast (forced colours),
 * "reduce motion" turns smooth scrolling off, and a printed chapter drops the navigation and
 * says where it came from.
 */

const chapters = listChapterPages();
const chapter = chapters[0]?.path ?? '/';
const site = useSite();

/** Outline of the focused element, and the page's background colour to compare it with. */
async function outlineOfFocused(page: Page) {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      color: style.outlineColor,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

/** Presses Tab until a link inside a `nav` has focus; returns its text. */
async function tabToNavLink(page: Page): Promise<string> {
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press('Tab');
    const inNav = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.localName === 'a' && el.closest('nav') !== null ? el.textContent.trim() : null;
    });
    if (inNav !== null) return inNav;
  }
  throw new Error('30 Tab presses did not reach a link in a <nav>');
}

describe('forced colours', () => {
  it('a focused nav link keeps a visible outline', async () => {
    await site.withPage({ forcedColors: 'active' }, async (page) => {
      await open(page, site.url(chapter));
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours emulated').toBe(
        true,
      );
      await tabToNavLink(page);
      const focus = await outlineOfFocused(page);
      expect(focus.style).not.toBe('none');
      expect(focus.width).toBeGreaterThanOrEqual(2);
      expect(focus.color).not.toBe('rgba(0, 0, 0, 0)');
      expect(focus.color, 'the outline is not the colour of the page').not.toBe(focus.background);
    });
  });

  it(`every nav link on ${chapter} looks different when focused (outline colour, width or style)`, async () => {
    await site.withPage({ forcedColors: 'active' }, async (page) => {
      await open(page, site.url(chapter));
      // Resting outlines first: the current chapter's link has one even without focus.
      const resting = await page.evaluate(() =>
        [...document.querySelectorAll('nav a[href]')].map((a) => {
          const style = getComputedStyle(a);
          return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
        }),
      );
      const problems: string[] = [];
      let seen = 0;
      for (let presses = 0; presses < 100; presses++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          if (el === null || el === document.body) return 'end';
          const index = [...document.querySelectorAll('nav a[href]')].indexOf(el);
          if (index < 0) return null;
          const style = getComputedStyle(el);
          return {
            index,
            label: `${el.getAttribute('aria-current') === 'page' ? '[current] ' : ''}"${el.textContent.trim()}"`,
            outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
            visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (focused === 'end') break;
        if (focused === null) continue;
        seen++;
        if (!focused.visible) problems.push(`${focused.label}: focused outline is ${focused.outline}`);
        else if (focused.outline === resting[focused.index]) {
          problems.push(`${focused.label}: focused outline (${focused.outline}) is the same as at rest`);
        }
      }
      expect(seen, 'nav links reached with Tab').toBeGreaterThan(3);
      expect(problems).toEqual([]);
    });
  });
});

describe('reduced motion', () => {
  it('scrolling is not smooth when the reader asks for less motion', async () => {
    await site.withPage({ reducedMotion: 'reduce' }, async (page) => {
      await open(page, site.url(chapter));
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    });
  });

  it('(control) scrolling is smooth without that preference', async () => {
    await site.withPage({ reducedMotion: 'no-preference' }, async (page) => {
      await open(page, site.url(chapter));
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
    });
  });
});

describe('print', () => {
  it(`a printed chapter (${chapter}) hides every nav and, with only the example address, ends with no address`, async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(chapter));
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({
        navs: [...document.querySelectorAll('nav')].map((nav) => ({
          label: nav.getAttribute('aria-label') ?? nav.className,
          display: getComputedStyle(nav).display,
        })),
        pageUrl: document.body.dataset['pageUrl'] ?? '',
        canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? '',
        after: getComputedStyle(document.body, '::after').content,
      }));
      expect(printed.navs.length).toBeGreaterThan(0);
      expect(printed.navs.filter((nav) => nav.display !== 'none')).toEqual([]);
      // The address that leads nowhere is neither linked nor printed (a real one: tests/pdf/build/subpath.test.ts).
      expect(printed.pageUrl).toBe('');
      expect(printed.canonical).toBe('');
      expect(printed.after).toBe('none');
    });
  });
});
