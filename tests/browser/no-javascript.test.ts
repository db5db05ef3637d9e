import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir, listBuiltPages, listChapterPages, SEARCH_PATH } from '../support/built-site.ts';
import { DESKTOP, open, PHONE, useSite } from './site.ts';

/*
 * Reading needs no JavaScript: with it turned off, every chapter shows its heading and text, and
 * the chapter list is reachable on a phone (a native <details>) and on a desktop (the sidebar).
 */

const pages = listBuiltPages();
const chapters = listChapterPages();
const chapterPaths = chapters.map((chapter) => chapter.path).sort();
const site = useSite();

/** Paths of the visible links in `scope`, sorted, with any that are not visible reported. */
async function visibleLinkPaths(page: Page, scope: string): Promise<{ paths: string[]; hidden: string[] }> {
  const links = page.locator(`${scope} a[href]`);
  const paths: string[] = [];
  const hidden: string[] = [];
  for (const link of await links.all()) {
    const href = new URL((await link.getAttribute('href')) ?? '', site.origin).pathname;
    if (await link.isVisible()) paths.push(href);
    else hidden.push(href);
  }
  return { paths: paths.sort(), hidden };
}

describe('with JavaScript turned off', () => {
  it('found the chapter pages to check', () => {
    expect(chapters.length).toBeGreaterThan(1);
  });

  it.each(chapterPaths)('%s shows its heading, its text and the chapter list', async (path) => {
    await site.withPage({ javaScriptEnabled: false, viewport: PHONE }, async (page) => {
      await open(page, site.url(path));

      const h1 = page.locator('h1');
      expect(await h1.count(), 'exactly one h1').toBe(1);
      expect(await h1.isVisible(), 'the h1 is visible').toBe(true);
      expect((await h1.innerText()).trim()).not.toBe('');

      const firstParagraph = page.locator('.article-text p').first();
      expect(await firstParagraph.isVisible(), 'the first paragraph of .article-text is visible').toBe(true);
      expect((await firstParagraph.innerText()).trim().length).toBeGreaterThan(20);

      // 375 px: the list is behind "All chapters"; a click on the summary opens it.
      const details = page.locator('nav[aria-label="Chapters"] details');
      const summary = details.locator('summary');
      expect(await summary.isVisible(), 'the "All chapters" summary is visible').toBe(true);
      expect((await summary.innerText()).trim()).toBe('All chapters');
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open), 'closed at first').toBe(false);
      await summary.click();
      expect(await details.evaluate((el) => (el as HTMLDetailsElement).open), 'open after a click').toBe(true);
      const inDetails = await visibleLinkPaths(page, 'nav[aria-label="Chapters"] details');
      expect(inDetails.hidden, 'links in the opened list that are not visible').toEqual([]);
      expect(inDetails.paths).toEqual(chapterPaths);

      // 1280 px: the same list is open in the sidebar.
      await page.setViewportSize(DESKTOP);
      const sidebar = await visibleLinkPaths(page, 'nav[aria-label="Chapters"] .chapter-nav__sidebar');
      expect(sidebar.hidden, 'sidebar links that are not visible at 1280 px').toEqual([]);
      expect(sidebar.paths).toEqual(chapterPaths);
    });
  });

  it.each(['/reflections/hurt/', '/reflections/involved/', '/reflections/together/', '/support/'])(
    '%s shows its heading and everything in it',
    async (path) => {
      await site.withPage({ javaScriptEnabled: false, viewport: PHONE }, async (page) => {
        await open(page, site.url(path));
        expect(await page.locator('h1').isVisible(), 'the h1 is visible').toBe(true);
        const items = page.locator('main article li, main article section');
        expect(await items.count()).toBeGreaterThan(2);
        for (const item of await items.all()) expect(await item.isVisible(), await item.innerText()).toBe(true);
      });
    },
  );

  it('/search/ says search needs JavaScript and links to the contents and the whole guide', async () => {
    await site.withPage({ javaScriptEnabled: false, viewport: PHONE }, async (page) => {
      await open(page, site.url(SEARCH_PATH));
      const note = page.locator('[data-search-no-script]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.innerText()).toContain('Search needs JavaScript');
      expect(await visibleLinkPaths(page, '[data-search-no-script]')).toEqual({ paths: ['/', '/book/'], hidden: [] });
      expect(await page.locator('form[data-search]').isVisible(), 'the form is hidden').toBe(false);
    });
  });

  // Two pages are allowed more: the studio (the print studio's code) and /search/ (its search
  // code and, once a reader searches, Pagefind's): each is tested in its own file.
  it('the one script on any page is the quick exit: a same-origin module file, under 1 KB gzip', async () => {
    const found: string[] = [];
    const sources = new Set<string>();
    await site.withPage({ javaScriptEnabled: false }, async (page) => {
      for (const { path } of pages.filter((built) => !built.isStudio && !built.isSearch)) {
        await open(page, site.url(path));
        const scripts = await page.locator('script').evaluateAll((elements) =>
          elements
            .filter((el) => (el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json')
            .map((el) => ({
              html: el.outerHTML.slice(0, 160),
              type: el.getAttribute('type'),
              src: el.getAttribute('src'),
              inline: el.textContent.trim() !== '',
            })),
        );
        const quickExit = scripts.filter(
          (script) => script.type === 'module' && script.src?.startsWith('/_astro/') === true && !script.inline,
        );
        if (quickExit.length !== 1 || scripts.length !== 1) {
          found.push(`${path}: ${scripts.map((script) => script.html).join(' ') || 'no script'}`);
        }
        for (const script of quickExit) if (script.src) sources.add(script.src);
      }
    });
    expect(found, 'pages whose scripts are not exactly the one quick-exit module file').toEqual([]);
    expect([...sources], 'every page loads the same file').toHaveLength(1);
    const [source = ''] = sources;
    const file = readFileSync(join(distDir, source));
    expect(file.toString('utf8'), 'the file is the quick exit').toContain('data-quick-exit');
    expect(gzipSync(file).byteLength, 'bytes sent, gzip').toBeLessThanOrEqual(1024);
  });
});
