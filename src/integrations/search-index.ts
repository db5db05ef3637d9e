import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Where the index and Pagefind's search code are written, inside the built site. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/**
 * Builds the search index of a built site with Pagefind's Node API. Only pages that mark their
 * text with `data-pagefind-body` are indexed (the chapters, the reflection pages, the support
 * page): not /book/, so results point at chapters, nor the print sources or the studio.
 */
export async function indexSite(siteDir: string, language: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, SEARCH_BUNDLE_DIR) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** Indexes every site build (`astro build`, and both passes of `npm run build`) once it is written. */
export function searchIndex({ language }: { language: string }): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await indexSite(fileURLToPath(dir), language);
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
