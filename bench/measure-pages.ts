import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtPagePaths } from '../tests/support/built-site.ts';
import { EPUB_FILE_NAME } from '../workbook/epub/package-epub.ts';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';
import { measurePageWeight } from './page-weight.ts';
import { countRequests } from './request-count.ts';
import type { BenchResults, PageFigures } from './results.ts';

/** Weight and requests of every reading page of the built site in `siteDir` (/search/ included), and the EPUB's size. */
export async function measurePages(
  siteDir: string,
): Promise<Pick<BenchResults, 'pages' | 'heaviestPage' | 'fonts' | 'epubBytes'>> {
  const paths = builtPagePaths(siteDir);
  const server = await serveDirectory(siteDir);
  const browser = await launchChromium();
  const pages: PageFigures[] = [];
  try {
    for (const sitePath of paths) {
      const requests = await countRequests(browser, new URL(sitePath, server.url).href);
      pages.push({ ...measurePageWeight(siteDir, sitePath), requests });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const heaviest = [...pages].sort((a, b) => b.transfer.gzip - a.transfer.gzip)[0];
  if (heaviest === undefined) throw new Error(`${siteDir} has no reading pages`);

  const fontFiles = [...new Set(pages.flatMap((page) => page.fonts.files))].sort();
  const epub = path.join(siteDir, 'downloads', EPUB_FILE_NAME);
  return {
    pages,
    heaviestPage: heaviest.path,
    epubBytes: existsSync(epub) ? statSync(epub).size : undefined,
    fonts: {
      files: fontFiles,
      bytes: fontFiles.reduce((total, file) => total + statSync(path.join(siteDir, file)).size, 0),
    },
  };
}
