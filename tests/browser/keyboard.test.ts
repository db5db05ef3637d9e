import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listChapterPages } from '../support/built-site.ts';
import { DESKTOP, open, PHONE, useSite } from './site.ts';

/*
 * Keyboard use of the home page, a chapter, the reflection pages and the support page: the skip
 * link comes first and works, every stop in the Tab order shows a focus indicator and is not
 * hidden (WCAG 2.4.7, 2.4.11; the quick-exit bar stays on screen, so nothing may sit under it),
 * the chapter list marks the current chapter, and targets outside running text are at least
 * 24×24 px (2.5.8).
 * Contexts use reduced motion, so the scroll that follows a focus change is instant.
 */

const chapters = listChapterPages();
const chapterPaths = chapters.map((chapter) => chapter.path).sort();
// A chapter from the middle of the book, so the pager has both a previous and a next link.
const chapter = chapterPaths[Math.floor(chapterPaths.length / 2)] ?? '/';
const site = useSite();

const cases = [
  { path: '/', viewport: DESKTOP },
  { path: '/', viewport: PHONE },
  { path: chapter, viewport: DESKTOP },
  { path: chapter, viewport: PHONE },
  // A common laptop screen: the sticky chapter list must not leave focused links below the fold.
  { path: chapter, viewport: { width: 1366, height: 768 } },
  { path: '/reflections/together/', viewport: DESKTOP },
  { path: '/reflections/hurt/', viewport: PHONE },
  { path: '/support/', viewport: DESKTOP },
  { path: '/support/', viewport: PHONE },
];

/** Where running text is: links inside it are exempt from the target size (2.5.8 "inline"). */
const RUNNING_TEXT = ['.article-text p', '.site-footer p', '.additions__note', 'li > p', 'p.workbook-pages'];
const TARGETS = 'a[href], button, summary, input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';

interface FocusStop {
  /** Short description for failure messages. */
  label: string;
  tag: string;
  id: string;
  href: string | null;
  insideMain: boolean;
  problems: string[];
}

/** Describes the focused element and what is wrong with how it is shown. */
async function inspectFocus(page: Page): Promise<FocusStop> {
  return page.evaluate(async () => {
    // Measure once the scroll that brought the element into view has settled (instant unless smooth).
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const smooth = getComputedStyle(document.documentElement).scrollBehavior === 'smooth';
    for (let still = 0, last = NaN, frames = 0; smooth && still < 2 && frames < 120; frames++) {
      await frame();
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
    const el = document.activeElement;
    if (el === null || el === document.body || el === document.documentElement) {
      return { label: 'body', tag: 'body', id: '', href: null, insideMain: false, problems: [] };
    }
    const text = el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40);
    const label = `<${el.localName}${el.id ? `#${el.id}` : ''}> "${text}"`;
    const problems: string[] = [];
    const style = getComputedStyle(el);
    const outline =
      style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    if (!outline && !shadow) {
      problems.push(
        `no focus indicator (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`,
      );
    }
    const box = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    if (box.width === 0 || box.height === 0) problems.push('has no size');
    if (box.left < 0 || box.top < 0 || box.right > vw + 0.5 || box.bottom > vh + 0.5) {
      problems.push(
        `not inside the ${vw}×${vh} viewport (${Math.round(box.left)},${Math.round(box.top)} ` +
          `${Math.round(box.width)}×${Math.round(box.height)})`,
      );
    }
    // A link that wraps has one box per line; the centre of each must show the element itself.
    for (const rect of el.getClientRects()) {
      if (rect.width === 0 || rect.height === 0) continue;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      if (x < 0 || y < 0 || x > vw || y > vh) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit === null || (hit !== el && !el.contains(hit))) {
        const by =
          hit === null
            ? 'nothing'
            : `<${hit.localName}${hit.className ? `.${String(hit.className).split(' ')[0]}` : ''}>`;
        problems.push(`obscured at its centre (${Math.round(x)},${Math.round(y)}) by ${by}`);
      }
    }
    return {
      label,
      tag: el.localName,
      id: el.id,
      href: el.getAttribute('href'),
      insideMain: document.querySelector('main')?.contains(el) ?? false,
      problems,
    };
  });
}

describe.each(cases)('keyboard on $path at $viewport.width×$viewport.height', ({ path, viewport }) => {
  it('the first Tab reaches a visible "Skip to content" link, and Enter moves focus to main', async () => {
    await site.withPage({ viewport }, async (page) => {
      await open(page, site.url(path));
      await page.keyboard.press('Tab');
      const skip = await inspectFocus(page);
      expect(skip.label).toBe('<a> "Skip to content"');
      expect(skip.href).toBe('#main');
      expect(skip.problems).toEqual([]);

      await page.keyboard.press('Enter');
      const target = await inspectFocus(page);
      expect(target.id === 'main' || target.insideMain, `focus after Enter is on ${target.label}`).toBe(true);
      expect(new URL(page.url()).hash).toBe('#main');
    });
  });

  it('every Tab stop has a visible, unobscured focus indicator', async () => {
    await site.withPage({ viewport }, async (page) => {
      await open(page, site.url(path));
      const problems: string[] = [];
      const visited: FocusStop[] = [];
      let openedDisclosure = false;
      for (let presses = 0; presses < 200; presses++) {
        await page.keyboard.press('Tab');
        const stop = await inspectFocus(page);
        if (stop.tag === 'body') break;
        visited.push(stop);
        for (const problem of stop.problems) problems.push(`${stop.label}: ${problem}`);
        // A closed "All chapters" opens from the keyboard; walk through the list it reveals too.
        if (stop.tag === 'summary' && !openedDisclosure) {
          await page.keyboard.press('Enter');
          openedDisclosure = true;
          const isOpen = await page.evaluate(() => document.activeElement?.parentElement?.hasAttribute('open'));
          if (isOpen !== true) problems.push(`${stop.label}: Enter did not open its <details>`);
        }
      }
      expect(problems).toEqual([]);
      expect(visited.length, 'Tab never left the page: a keyboard trap?').toBeLessThan(200);
      // The walk reached the end of the page: the footer's link is the last stop.
      expect(visited.at(-1)?.href).toBe('/about/');
      if (path !== '/') {
        const reached = [
          ...new Set(visited.map((stop) => stop.href).filter((href) => chapterPaths.includes(href ?? ''))),
        ];
        expect(reached.sort(), 'every chapter link is reachable with Tab').toEqual(chapterPaths);
      }
    });
  });

  it('links, buttons and summaries outside running text are at least 24×24 px', async () => {
    await site.withPage({ viewport }, async (page) => {
      await open(page, site.url(path));
      // Open the chapter list so its links are measured on phones too.
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const small = await page.evaluate(
        ({ targets, runningText }) =>
          [...document.querySelectorAll(targets)]
            .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
            .filter((el) => !runningText.some((selector) => el.closest(selector) !== null))
            .map((el) => ({ el, box: el.getBoundingClientRect() }))
            .filter(({ box }) => box.width < 24 || box.height < 24)
            .map(
              ({ el, box }) =>
                `<${el.localName}> "${el.textContent.trim().slice(0, 40)}" is ` +
                `${box.width.toFixed(1)}×${box.height.toFixed(1)}`,
            ),
        { targets: TARGETS, runningText: RUNNING_TEXT },
      );
      expect(small).toEqual([]);
    });
  });
});

describe('the chapter list marks the current chapter', () => {
  it.each([DESKTOP, PHONE])(`on ${chapter} at $width px`, async (viewport) => {
    await site.withPage({ viewport }, async (page) => {
      await open(page, site.url(chapter));
      const nav = page.locator('nav[aria-label="Chapters"]');
      const marked = await nav
        .locator('[aria-current]')
        .evaluateAll((all) => all.map((el) => `${el.getAttribute('aria-current')} ${el.getAttribute('href')}`));
      // The list is in the page twice (disclosure and sidebar): the same one link in each.
      expect(marked).toEqual([`page ${chapter}`, `page ${chapter}`]);
      const visible = nav.locator('a[aria-current="page"]:visible');
      if (viewport === PHONE) await nav.locator('summary').click();
      expect(await visible.count(), 'the marked link is shown once').toBe(1);
    });
  });
});
