import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { distDir, SEARCH_PATH } from '../support/built-site.ts';
import { open, useSite } from './site.ts';

/*
 * /search/: Pagefind's index searched in the browser. A word only chapter 7's article uses finds
 * that chapter first; a word the guide never uses says so in the live region; nothing leaves
 * 127.0.0.1 and nothing is stored.
 */

const site = useSite();

async function search(page: Page, query: string): Promise<string> {
  const input = page.getByRole('searchbox', { name: 'Words to find' });
  await input.fill(query);
  await page.getByRole('button', { name: 'Search' }).click();
  const status = page.getByRole('status');
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).not.toMatch(/^(Searching…)?$/);
  return (await status.innerText()).trim();
}

describe('search', () => {
  it('finds chapter 7 first for a word from its article, and says when nothing matches', async () => {
    const outside: string[] = [];
    await site.withPage({}, async (page) => {
      const origin = new URL(site.origin);
      await page.context().route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === origin.hostname && url.port === origin.port) return route.continue();
        outside.push(url.href);
        return route.abort('blockedbyclient');
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await open(page, site.url(SEARCH_PATH));
      expect(await page.locator('[data-search-no-script]').isVisible(), 'the no-JavaScript note is hidden').toBe(false);

      expect(await search(page, 'reconciliation')).toMatch(/^1 result for “reconciliation”$/);
      const first = page.locator('[data-search-results] li a').first();
      expect(await first.innerText()).toBe('Seeking Professional Support');
      expect(new URL((await first.getAttribute('href')) ?? '', site.origin).pathname).toBe('/professional-support/');
      expect(await page.locator('[data-search-results] li mark').first().innerText()).toMatch(/reconciliation/i);

      expect(await search(page, 'xylophone')).toBe('No results for “xylophone”');
      expect(await page.locator('[data-search-results] li').count()).toBe(0);

      expect(page.url(), 'the query is not put in the address').toBe(site.url(SEARCH_PATH));
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
      expect(await page.context().cookies()).toEqual([]);
      expect(errors).toEqual([]);
    });
    expect(outside, 'requests to other hosts').toEqual([]);
  });

  it.each(['light', 'dark'] as const)('shows results with no axe violations in the %s scheme', async (colorScheme) => {
    await site.withPage({ colorScheme }, async (page) => {
      await open(page, site.url(SEARCH_PATH));
      await search(page, 'trust');
      expect(await page.locator('[data-search-results] li mark').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('does not index /book/, the print sources or the studio', async () => {
    await site.withPage({}, async (page) => {
      await open(page, site.url(SEARCH_PATH));
      // "Reflect and talk" is on every chapter, /book/ and the print source: only chapters may answer.
      await search(page, 'reflect');
      const hrefs = await page
        .locator('[data-search-results] li a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).not.toMatch(/^\/(book|workbook)\//);
    });
  });

  it('loads two same-origin module files of its own before a search: the quick exit and the search code', async () => {
    await site.withPage({ javaScriptEnabled: false }, async (page) => {
      await open(page, site.url(SEARCH_PATH));
      const scripts = await page.locator('script').evaluateAll((elements) =>
        elements.map((el) => ({
          type: el.getAttribute('type'),
          src: el.getAttribute('src'),
          inline: el.textContent.trim(),
        })),
      );
      expect(scripts).toHaveLength(2);
      for (const script of scripts) {
        expect(script.type).toBe('module');
        expect(script.src).toMatch(/^\/_astro\//);
        expect(script.inline).toBe('');
      }
      const searchCode = scripts.find(
        (script) => !readFileSync(join(distDir, script.src ?? '')).includes('data-quick-exit'),
      );
      expect(gzipSync(readFileSync(join(distDir, searchCode?.src ?? ''))).byteLength).toBeLessThanOrEqual(2048);
    });
  });
});
