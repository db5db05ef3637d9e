import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/**
 * The built site the tests read: dist/, or BROWSER_TEST_DIST (to try the tests against a
 * deliberately broken copy of the site).
 */
export const distDir = process.env['BROWSER_TEST_DIST'] || fileURLToPath(new URL('../../dist/', import.meta.url));

/** Fails with the fix when the site has not been built (a `beforeAll` hook as it is). */
export function requireDist(): void {
  requireBuilt(distDir);
}

function requireBuilt(dist: string): void {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`dist/ is missing: run \`npm run build\` first (no index.html in ${dist}).`);
  }
}

/** Parses a built page by its site path, e.g. "/patience/". */
export function readPage(sitePath: string): Document {
  return parseHTML(readFileSync(builtFile(sitePath), 'utf8')).document;
}

/** The HTML file in dist/ that a site path is served from. */
export function builtFile(sitePath: string, dist: string = distDir): string {
  return path.join(dist, sitePath.endsWith('.html') ? sitePath : path.join(sitePath, 'index.html'));
}

/** An element's text as a reader sees it: whitespace collapsed. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The print studio: a page counselors open, and the one page that runs JavaScript. */
export const STUDIO_PATH = '/workbook/studio/';

/**
 * The search page: the one reading page allowed a script besides the quick exit (its search
 * code, which loads Pagefind's from /pagefind/ when a reader searches).
 */
export const SEARCH_PATH = '/search/';

/**
 * Built HTML that is not a page anyone reads: the print sources are one-page books for
 * Paged.js; assets and downloads hold no pages.
 */
const NOT_PAGES = new Set(['/_astro/', '/downloads/', '/pagefind/', '/workbook/print/']);

export interface BuiltPage {
  /** URL path the page is served at: `/`, `/patience/`, `/404.html`. */
  path: string;
  /** Absolute path of the HTML file in dist/. */
  file: string;
  /** True for chapter pages: they hold the article's text in `.article-text`. */
  isChapter: boolean;
  /** True for the print studio, which runs JavaScript (every other page works without it). */
  isStudio: boolean;
  /** True for the search page, which needs JavaScript to search (and says so without it). */
  isSearch: boolean;
}

/**
 * Every page of the built site a reader can open, sorted by URL path: each `index.html` (served
 * at its folder's path) and any other `.html` file (`/404.html`), the print studio included.
 * Throws when the site has not been built.
 */
export function listBuiltPages(dist: string = distDir): BuiltPage[] {
  requireBuilt(dist);
  return builtPagePaths(dist).map((sitePath) => {
    const file = builtFile(sitePath, dist);
    return {
      path: sitePath,
      file,
      isChapter: /class="article-text[\s"]/.test(readFileSync(file, 'utf8')),
      isStudio: sitePath === STUDIO_PATH,
      isSearch: sitePath === SEARCH_PATH,
    };
  });
}

/** The chapter pages, in URL-path order. */
export function listChapterPages(dist: string = distDir): BuiltPage[] {
  return listBuiltPages(dist).filter((page) => page.isChapter);
}

/** The URL paths of every page a reader can open ("/", "/patience/", "/404.html"), sorted. */
export function builtPagePaths(dist: string = distDir): string[] {
  return pathsUnder(dist, '/').sort();
}

function pathsUnder(dir: string, prefix: string): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const sitePath = `${prefix}${entry.name}/`;
      if (!NOT_PAGES.has(sitePath)) paths.push(...pathsUnder(path.join(dir, entry.name), sitePath));
    } else if (entry.name === 'index.html') paths.push(prefix);
    else if (entry.name.endsWith('.html')) paths.push(`${prefix}${entry.name}`);
  }
  return paths;
}
