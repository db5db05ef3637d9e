import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

export const distDir = path.resolve('dist');

/** Fails with the fix when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before `npm test`.');
  }
}

/** Parses a built page by its site path, e.g. "/patience/". */
export function readPage(sitePath: string): Document {
  const file = sitePath.endsWith('.html') ? sitePath : path.join(sitePath, 'index.html');
  const html = readFileSync(path.join(distDir, file), 'utf8');
  return parseHTML(html).document;
}

/** Where the print sources live: one-page books for Paged.js, not pages for reading. */
const notReadingPages = new Set(['/_astro/', '/downloads/', '/workbook/print/']);

/** Every built page a reader can open ("/", "/patience/", "/404.html"). */
export function builtPagePaths(dir = distDir, prefix = '/'): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !notReadingPages.has(`${prefix}${entry.name}/`)) {
      paths.push(...builtPagePaths(path.join(dir, entry.name), `${prefix}${entry.name}/`));
    } else if (entry.name === 'index.html') paths.push(prefix);
    else if (entry.name.endsWith('.html')) paths.push(`${prefix}${entry.name}`);
  }
  return paths.sort();
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
