import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { book } from '../../../src/lib/book.ts';
import type { WorkbookPages } from '../../../src/schemas/workbook-pages.ts';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { serveDirectory } from '../../../workbook/io/serve-directory.ts';
import { readHeadersFile } from '../../../workbook/io/static-headers.ts';
import { normaliseWhitespace, readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';
import { linkUris, loadPdf } from '../../support/pdf-inspect.ts';
import { crawlSite } from '../../support/crawl-site.ts';
import { ownCacheConfig } from '../../support/own-cache-config.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { settledStudioPreview } from '../../support/studio-preview.ts';

/*
 * A site published under a subpath (a GitHub Pages project site): built with SITE_URL into a
 * folder of its own (dist/ is not touched), served under /rebuilding-trust/ and nothing else,
 * crawled link by link, its studio previewing in Chromium, and a PDF printed from it.
 */

const run = promisify(execFile);
const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const SITE_URL = 'https://example.github.io/rebuilding-trust/';
const BASE = '/rebuilding-trust/';
const PDF = 'rebuilding-trust-workbook-a4.pdf';
const DISCREET_PDF = 'discreet-copy-a4.pdf';
const scratch = useTempDir('subpath');

/**
 * One site build, then two editions printed from it through the CLI (the workbook, and a discreet
 * personal copy). The build is told of the workbook's download beforehand (its figures are
 * placeholders) so its pages link to it and the crawl follows.
 */
async function buildUnderSubpath(): Promise<{ site: string; pdf: string; discreetPdf: string }> {
  const site = path.join(scratch(), 'site');
  const pagesFile = path.join(scratch(), 'workbook-pages.json');
  const pages: WorkbookPages = {
    editions: [
      {
        ...{ name: 'a4', kind: 'workbook', for: 'couple', paper: 'a4', paperLabel: 'A4', fileName: PDF },
        ...{ pageCount: 1, bookPages: 1, bytes: 1, chapters: [] },
      },
    ],
  };
  writeFileSync(pagesFile, JSON.stringify(pages));
  const { stderr } = await run(
    process.execPath,
    [astro, 'build', '--silent', '--config', ownCacheConfig(scratch()), '--outDir', site],
    { env: { ...process.env, SITE_URL, WORKBOOK_PAGES: pagesFile, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  expect(stderr, 'no example-address warning for a real address').not.toMatch(/example\b.*SITE_URL/);
  const pdf = path.join(scratch(), PDF);
  const discreetPdf = path.join(scratch(), DISCREET_PDF);
  const reader = book.readers[0]?.id ?? '';
  process.env['WORKBOOK_DIST'] = site;
  try {
    // With the facilitator guide: it links to the studio.
    const cli = await runWorkbookCli(['--paper', 'a4', '--chapters', '2', '--facilitator', '--out', pdf]);
    expect(cli.code, cli.stderr).toBe(0);
    const discreet = await runWorkbookCli([
      '--paper',
      'a4',
      '--chapters',
      '2',
      '--for',
      reader,
      '--discreet',
      '--facilitator',
      '--out',
      discreetPdf,
    ]);
    expect(discreet.code, discreet.stderr).toBe(0);
  } finally {
    delete process.env['WORKBOOK_DIST'];
  }
  mkdirSync(path.join(site, 'downloads'), { recursive: true });
  copyFileSync(pdf, path.join(site, 'downloads', PDF));
  return { site, pdf, discreetPdf };
}

describe(`a site built for ${SITE_URL}`, () => {
  it('works entirely under its path: every page, link, asset, font and download; its addresses; its studio; its PDF', async () => {
    const { site, pdf, discreetPdf } = await buildUnderSubpath();
    const server = await serveDirectory(site, BASE, { headersFor: readHeadersFile(site) });
    try {
      expect(server.url).toMatch(/\/rebuilding-trust\/$/);
      const crawled = await crawlSite(server.url, BASE, [`${server.url}404.html`, `${server.url}workbook/print/a4/`]);
      expect(crawled.problems).toEqual([]);
      expect(crawled.pages.length).toBeGreaterThan(15);
      const fetched = [...crawled.fetched.keys()];
      expect(
        fetched.some((url) => url.endsWith('.woff2')),
        'fonts are fetched',
      ).toBe(true);
      expect(
        fetched.some((url) => url.endsWith(`/downloads/${PDF}`)),
        'the download is linked',
      ).toBe(true);
      expect(
        fetched.some((url) => url.includes('/_astro/') && url.endsWith('.js')),
        'scripts are fetched',
      ).toBe(true);

      // Public addresses: canonical, OG, sitemap and robots.txt name the full address with its path.
      for (const url of crawled.pages.filter(
        (page) => !page.includes('/workbook/print/') && !page.endsWith('404.html'),
      )) {
        const { document } = parseHTML(await (await fetch(url)).text());
        const expected = `${SITE_URL}${new URL(url).pathname.slice(BASE.length)}`;
        expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), url).toBe(expected);
        expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content'), url).toBe(expected);
        expect(document.body.dataset['pageUrl'], `${url}: what its printout ends with`).toBe(expected);
      }
      const sitemap = readFileSync(path.join(site, 'sitemap-0.xml'), 'utf8');
      const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
      expect(locs.length).toBeGreaterThan(15);
      expect(locs.filter((loc) => !loc.startsWith(SITE_URL))).toEqual([]);
      expect(readFileSync(path.join(site, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}sitemap-index.xml`);

      // The studio's preview loads the print page under the path and paginates it.
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        // What the script and the frame fetch at run time (fonts, the print page, its runtime) too.
        const failed: string[] = [];
        page.on('response', (response) => {
          const url = new URL(response.url());
          if (url.protocol === 'http:' && (!response.ok() || !url.pathname.startsWith(BASE)))
            failed.push(`${response.status()} ${url.pathname}`);
        });
        await page.goto(`${server.url}workbook/studio/?paper=a4&chapters=2`);
        expect(await settledStudioPreview(page)).toMatch(/^Preview ready: \d+ pages/);
        expect(await page.locator('iframe').getAttribute('src')).toBe(`${BASE}workbook/print/a4/`);
        expect(failed).toEqual([]);
      } finally {
        await browser.close();
      }

      // The printed book names the new address, never the example one.
      const text = normaliseWhitespace((await readPdfText(readFileSync(pdf))).pages.join(' '));
      expect(text).toContain('Online: example.github.io/rebuilding-trust/');
      expect(text).toContain('example.github.io/rebuilding-trust');
      expect(text).not.toContain('rebuilding-trust.example.org');
      // Its links to the site's pages open the site, not the local server that printed the PDF.
      const links = linkUris(await loadPdf(new Uint8Array(readFileSync(pdf))));
      expect(links).toContain(`${SITE_URL}workbook/studio/`);
      expect(links.filter((uri) => !/^https:\/\//.test(uri))).toEqual([]);

      // A discreet copy prints the address nowhere: it names the subject.
      const discreetText = normaliseWhitespace((await readPdfText(readFileSync(discreetPdf))).pages.join(' '));
      expect(discreetText).toMatch(/\bchapter 2\b/i);
      expect(discreetText).not.toContain('example.github.io');
      expect(discreetText).not.toContain('Online:');
      const discreetLinks = linkUris(await loadPdf(new Uint8Array(readFileSync(discreetPdf))));
      expect(discreetLinks.filter((uri) => uri.includes('example.github.io') || !/^https:\/\//.test(uri))).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
