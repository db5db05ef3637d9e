import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listBuiltPages, listChapterPages } from '../support/built-site.ts';
import { firstParagraphMeasure } from './layout-measure.ts';
import { DESKTOP, open, useSite } from './site.ts';

/*
 * WCAG 1.4.10 Reflow: at 320 CSS px (1280 px at 400% zoom) nothing scrolls sideways, with the
 * chapter list open or closed. And at 1280 px the article's prose keeps a readable measure.
 */

const pages = listBuiltPages();
const chapters = listChapterPages();
const site = useSite();

const NARROW = { width: 320, height: 640 } as const;

/** `scrollWidth` of the page and the elements that stick out past the right edge. */
async function overflow(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `<${el.localName}${el.className ? ` class="${String(el.className)}"` : ''}>`);
    return { scrollWidth: document.documentElement.scrollWidth, culprits };
  });
}

describe('reflow', () => {
  it(`no page scrolls sideways at ${NARROW.width} px`, async () => {
    const failures: string[] = [];
    await site.withPage({ viewport: NARROW }, async (page) => {
      for (const { path } of pages) {
        await open(page, site.url(path));
        const closed = await overflow(page);
        if (closed.scrollWidth > NARROW.width) {
          failures.push(`${path}: scrollWidth ${closed.scrollWidth} > ${NARROW.width}; ${closed.culprits.join(', ')}`);
        }
        // Open every disclosure (the chapter list) and check again.
        const closedDisclosures = await page.locator('details:not([open]) > summary').count();
        if (closedDisclosures > 0) {
          await page
            .locator('details')
            .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          const open = await overflow(page);
          if (open.scrollWidth > NARROW.width) {
            failures.push(
              `${path} (details open): scrollWidth ${open.scrollWidth} > ${NARROW.width}; ${open.culprits.join(', ')}`,
            );
          }
        }
      }
    });
    expect(failures).toEqual([]);
  });

  it('chapter prose is 60–75 characters a line at 1280 px', async () => {
    expect(chapters.length).toBeGreaterThan(0);
    const failures: string[] = [];
    await site.withPage({ viewport: DESKTOP }, async (page) => {
      for (const { path } of chapters) {
        await open(page, site.url(path));
        const measure = await firstParagraphMeasure(page);
        if (measure.lines < 2 || measure.perLine < 60 || measure.perLine > 75) {
          failures.push(
            `${path}: first .article-text > p has ${measure.characters} characters on ${measure.lines} lines ` +
              `= ${measure.perLine.toFixed(1)} a line`,
          );
        }
      }
    });
    expect(failures).toEqual([]);
  });
});
