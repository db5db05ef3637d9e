import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PrintWindow } from '../workbook/contracts/print-runtime-api.ts';
import { printPagePath, type Edition } from '../workbook/edition/standard-editions.ts';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';

/**
 * What a peer renderer is given: our print page for `edition` exactly as Paged.js would receive
 * it from our runtime (the same markup, styles and fonts, with the edition applied by the
 * runtime's own `apply`), then stripped of every script, so no hook, font loader or fix of ours
 * runs. The contents' page numbers, which our runtime writes after layout, become what a
 * Paged.js or Vivliostyle author writes: CSS `target-counter()` on each contents entry.
 */
const TARGET_COUNTER_CSS = '.print-contents__page::after { content: target-counter(attr(data-page-of url), page); }';

/**
 * Where the plain copy of `edition` sits: at the site folder's root, because Vivliostyle CLI
 * serves the input file's folder as its root, and the page links its fonts as `/_astro/…`.
 */
export function plainPagePath(edition: Edition): string {
  return `plain-${edition.name}.html`;
}

/**
 * Writes the plain copy of `edition`'s print page into `siteDir` (which is served, so its fonts
 * and stylesheets resolve as on the site) and returns its path under the site's root.
 */
export async function writePlainPrintSource(siteDir: string, edition: Edition): Promise<string> {
  const server = await serveDirectory(siteDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(new URL(printPagePath(edition.options), server.url).href, { waitUntil: 'load' });
    const html = await page.evaluate(
      ({ options, css }) => {
        const runtime = (window as Window & PrintWindow).workbook;
        if (!runtime) throw new Error(`${location.href} has no print runtime to apply the edition with`);
        runtime.apply(options);
        for (const script of document.querySelectorAll('script')) script.remove();
        for (const slot of document.querySelectorAll<HTMLElement>('[data-page-of]')) {
          slot.dataset['pageOf'] = `#${slot.dataset['pageOf'] ?? ''}`;
        }
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        return `<!DOCTYPE html>\n${document.documentElement.outerHTML}\n`;
      },
      { options: edition.options, css: TARGET_COUNTER_CSS },
    );
    const relative = plainPagePath(edition);
    const file = path.join(siteDir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, html);
    return relative;
  } finally {
    await browser.close();
    await server.close();
  }
}
