import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/security-headers.ts';
import { launchChromium } from '../../workbook/browser/launch-chromium.ts';
import { printManifestSchema } from '../../workbook/contracts/print-manifest.ts';
import { serveDirectory, type ServedDirectory } from '../../workbook/io/serve-directory.ts';
import { readHeadersFile } from '../../workbook/io/static-headers.ts';
import { crawlSite } from '../support/crawl-site.ts';
import { distDir, requireDist } from '../support/built-site.ts';
import { settledStudioPreview } from '../support/studio-preview.ts';
import type { Browser } from 'playwright-core';

/*
 * dist/ served as a static host serves it, with the headers of dist/_headers (as `npm run preview`
 * does): every page, the print pages and the studio's preview frame run without one
 * Content-Security-Policy violation, and a search on /search/ runs.
 */

let server: ServedDirectory | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  requireDist();
  const manifestFile = path.join(distDir, 'workbook/print/book.json');
  const { base = '/' } = printManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  server = await serveDirectory(distDir, base, { headersFor: readHeadersFile(distDir) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Visits `url` and returns every CSP violation and console error its documents (frames included) reported. */
async function violationsOn(page: Page, url: string, settle?: (page: Page) => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${url} console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${url} page error: ${error.message}`));
  await page.exposeFunction('reportViolation', (line: string) => problems.push(`${url} ${line}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation?: (line: string) => void }).reportViolation;
      report?.(`violates ${event.effectiveDirective}: ${event.blockedURI || '(inline)'} in ${event.documentURI}`);
    });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (response && !url.endsWith('404.html')) expect(response.status(), url).toBe(200);
  await settle?.(page);
  return problems;
}

describe('security headers', () => {
  it('are in dist/_headers and sent with every file', async () => {
    const response = await fetch(server!.url);
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), name).toBe(value);
    expect(securityHeaders['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(securityHeaders['Content-Security-Policy']).toContain("frame-ancestors 'self'");
  });

  it('no page, print page or studio preview breaks the Content-Security-Policy', async () => {
    const crawled = await crawlSite(server!.url, new URL(server!.url).pathname, [
      `${server!.url}404.html`,
      `${server!.url}workbook/print/letter/`,
      `${server!.url}workbook/print/a4/`,
    ]);
    expect(crawled.pages.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const url of crawled.pages) {
      const context = await browser!.newContext();
      try {
        const studio = url.endsWith('/workbook/studio/');
        const search = url.endsWith('/search/');
        const page = await context.newPage();
        problems.push(
          ...(await violationsOn(page, studio ? `${url}?paper=a4&chapters=2` : url, async (loaded) => {
            if (search) {
              // Pagefind's worker and WebAssembly run only once someone searches.
              await loaded.getByRole('searchbox', { name: 'Words to find' }).fill('reconciliation');
              await loaded.getByRole('button', { name: 'Search' }).click();
              await loaded.waitForFunction(
                () => /\d+ results? for/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
                null,
                { timeout: 30_000 },
              );
              return;
            }
            if (!studio) return;
            expect(await settledStudioPreview(loaded)).toMatch(/^Preview ready/);
          })),
        );
      } finally {
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });
});
