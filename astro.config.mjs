// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { book } from './src/lib/book.ts';
import process from 'node:process';
import { siteAddressForConfig } from './src/lib/site-address.ts';
import { guideContentDir } from './src/lib/content-dir.ts';
import remarkKnownComponents from './src/remark/remark-known-components.ts';
import remarkWorkbookBlocks from './src/remark/remark-workbook-blocks.ts';
import remarkOnlyIn from './src/remark/remark-only-in.ts';
import remarkReadingTime from './src/remark/remark-reading-time.ts';
import remarkArticleText from './src/remark/remark-article-text.ts';
import remarkAdditionsSection from './src/remark/remark-additions-section.ts';
import remarkBaseLinks from './src/remark/remark-base-links.ts';
import { headersFileIntegration } from './src/integrations/headers-file.ts';
import { addressStaysOnServer } from './src/integrations/address-stays-on-server.ts';
import { zodJsonSchemaStaysOnServer } from './src/integrations/zod-json-schema-stays-on-server.ts';
import { workbookPrint } from './workbook/print/print-integration.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { fontFilesCss, isFontFile } from './workbook/fonts/font-files.ts';

// SITE_URL or content/book.json's siteUrl; may carry a path (GitHub Pages project sites).
const address = siteAddressForConfig(process.env, book.siteUrl);
// The example address leads nowhere: without a real one Astro has no `site`, so no page names an
// absolute address (canonical, og:url) and there is no sitemap (it needs absolute addresses).
const publicOrigin = address.isExample ? undefined : address.origin;

export default defineConfig({
  ...(publicOrigin ? { site: publicOrigin } : {}),
  base: address.base,
  trailingSlash: 'always',
  // Compression drops a line break between a word and a following link, gluing them ("readour").
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No client router, no prefetch, no dev toolbar: reading needs no JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  // Scripts are always files, never inlined into the page (Astro inlines small ones by default):
  // the Content-Security-Policy allows scripts from this site only, with no inline script. Font
  // slices stay files too, so unicode-range decides which ones a page downloads.
  vite: {
    plugins: [addressStaysOnServer(), zodJsonSchemaStaysOnServer()],
    css: fontFilesCss,
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') || isFontFile(file) ? false : undefined) },
  },
  integrations: [
    mdx({
      processor: unified({
        // The article's punctuation is already typographic and must be published unchanged.
        smartypants: false,
        remarkPlugins: [
          [remarkKnownComponents, { allowed: ['Reflection', 'Exercise', 'Only'] }],
          [remarkOnlyIn, { chapters: guideContentDir() }],
          remarkWorkbookBlocks,
          remarkReadingTime,
          remarkArticleText,
          remarkAdditionsSection,
          [remarkBaseLinks, { base: address.base }],
        ],
      }),
    }),
    workbookPrint(),
    headersFileIntegration(),
    ...(publicOrigin
      ? [sitemap({ filter: (page) => !page.includes('/workbook/print/') && !page.endsWith('/404/') })]
      : []),
    // Last: it reads the finished pages.
    searchIndex({ language: book.language }),
  ],
});
