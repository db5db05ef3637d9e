import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Attributes through which an element makes the browser fetch something (links between pages are not followed). */
const FETCHING_ATTRIBUTES = ['src', 'srcset', 'poster', 'data'] as const;
/** `<link>` relations the browser fetches for the page (a canonical or alternate link is only an address). */
const LOADING_LINKS = /\b(stylesheet|preload|modulepreload|icon|manifest)\b/i;
type ParseHtml = (html: string) => { document: Document };

const CSS_REFERENCE = /url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;
/** Any quoted path in a script: an import, `new URL(…, import.meta.url)`, a fetch. Extra matches only widen the set. */
const SCRIPT_REFERENCE = /["'`]((?:\.{1,2}\/|\/)[^"'`\s]+)["'`]/g;

/**
 * Every file of a built site that a page loads: the page itself, its stylesheets, scripts, fonts
 * and images, followed through CSS (`url()`, `@import`) and scripts (quoted paths), as site-relative
 * paths in sorted order. References that lead to no file of the site (another host, a `data:`
 * URL, a page link) are not files the render reads, so they are left out.
 *
 * `page` is the page's file relative to `siteDir` (e.g. `workbook/print/letter/index.html`);
 * `base` is the site's base path, under which its files are served (`/` or `/our-book/`).
 */
export async function pageFiles(siteDir: string, page: string, base: string): Promise<string[]> {
  // Loaded here, not at the top: a build with nothing changed never reads a page.
  const { parseHTML } = await import('linkedom');
  const origin = 'http://site.invalid';
  const found = new Set<string>();
  const pending: string[] = [];
  const add = (reference: string, from: string): void => {
    const file = siteFileOf(reference, new URL(`${base}${from}`, origin), origin, base, siteDir);
    if (file !== undefined && !found.has(file)) {
      found.add(file);
      pending.push(file);
    }
  };
  add(`${base}${page}`, page);
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    const kind = kindOf(file);
    // Fonts and images refer to nothing; only pages, stylesheets and scripts are read.
    if (kind === undefined) continue;
    const text = readFileSync(path.join(siteDir, file), 'utf8');
    for (const reference of referencesIn(kind, text, parseHTML)) add(reference, file);
  }
  return [...found].sort();
}

function kindOf(file: string): 'html' | 'css' | 'script' | undefined {
  if (file.endsWith('.html')) return 'html';
  if (file.endsWith('.css')) return 'css';
  return /\.m?js$/.test(file) ? 'script' : undefined;
}

function referencesIn(kind: 'html' | 'css' | 'script', text: string, parse: ParseHtml): string[] {
  if (kind === 'html') return htmlReferences(parse(text).document);
  if (kind === 'css') return cssReferences(text);
  return [...text.matchAll(SCRIPT_REFERENCE)].map((match) => match[1] ?? '');
}

function htmlReferences(document: Document): string[] {
  const references: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    for (const name of FETCHING_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      references.push(
        ...(name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value]),
      );
    }
    const style = element.getAttribute('style');
    if (style !== null) references.push(...cssReferences(style));
  }
  for (const link of document.querySelectorAll('link[href]')) {
    if (LOADING_LINKS.test(link.getAttribute('rel') ?? '')) references.push(link.getAttribute('href') ?? '');
  }
  for (const style of document.querySelectorAll('style')) references.push(...cssReferences(style.textContent));
  return references;
}

function cssReferences(css: string): string[] {
  return [...css.matchAll(CSS_REFERENCE)].map((match) => match[2] ?? match[4] ?? '');
}

/** The site-relative file a reference resolves to, or undefined when it is not one of the site's files. */
function siteFileOf(reference: string, from: URL, origin: string, base: string, siteDir: string): string | undefined {
  if (reference === '' || reference.startsWith('data:') || reference.startsWith('#')) return undefined;
  let url: URL;
  try {
    url = new URL(reference, from);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(url.pathname.slice(base.length));
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  const absolute = path.join(siteDir, file);
  if (!absolute.startsWith(path.resolve(siteDir) + path.sep) || !existsSync(absolute) || !statSync(absolute).isFile())
    return undefined;
  return file;
}
