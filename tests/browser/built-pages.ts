import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built site the browser tests read: dist/, or BROWSER_TEST_DIST (to try the tests against a
 * deliberately broken copy of the site).
 */
export const DIST_DIR = process.env['BROWSER_TEST_DIST'] || fileURLToPath(new URL('../../dist/', import.meta.url));

/** Built HTML that is not a page a reader visits (print sources, the workbook studio). */
const SKIPPED_DIRS = ['workbook/print', 'workbook/studio'];

export interface BuiltPage {
  /** URL path the page is served at: `/`, `/patience/`, `/404.html`. */
  path: string;
  /** Absolute path of the HTML file in dist/. */
  file: string;
  /** True for chapter pages: they hold the article's text in `.article-text`. */
  isChapter: boolean;
}

/**
 * Every page of the built site, sorted by URL path: each `index.html` (served at its folder's
 * path) and `404.html`. Throws when the site has not been built.
 */
export function listBuiltPages(dist: string = DIST_DIR): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`dist/ is missing: run \`npm run build\` first (no index.html in ${dist}).`);
  }
  const pages: BuiltPage[] = [];
  walk(dist, dist, pages);
  pages.sort((a, b) => a.path.localeCompare(b.path));
  return pages;
}

/** The chapter pages, in URL-path order. */
export function listChapterPages(dist: string = DIST_DIR): BuiltPage[] {
  return listBuiltPages(dist).filter((page) => page.isChapter);
}

function walk(dir: string, root: string, into: BuiltPage[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    const rel = relative(root, full).split(sep).join('/');
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.some((skipped) => rel === skipped || rel.startsWith(`${skipped}/`))) continue;
      walk(full, root, into);
      continue;
    }
    if (!entry.isFile()) continue;
    let path: string;
    if (entry.name === 'index.html') path = `/${rel.slice(0, -'index.html'.length)}`;
    else if (rel === '404.html') path = '/404.html';
    else continue;
    const html = readFileSync(full, 'utf8');
    into.push({ path, file: full, isChapter: /class="article-text[\s"]/.test(html) });
  }
}
