// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { book } from './src/lib/book.ts';
import remarkKnownComponents from './src/remark/remark-known-components.ts';
import remarkWorkbookBlocks from './src/remark/remark-workbook-blocks.ts';
import remarkReadingTime from './src/remark/remark-reading-time.ts';
import remarkArticleText from './src/remark/remark-article-text.ts';
import remarkAdditionsSection from './src/remark/remark-additions-section.ts';
import { fontFilesVite } from './workbook/fonts/font-files.ts';

export default defineConfig({
  site: book.siteUrl,
  trailingSlash: 'always',
  // Compression drops a line break between a word and a following link, gluing them ("readour").
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'always' },
  // No client router, no prefetch, no dev toolbar: reading needs no JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: fontFilesVite,
  integrations: [
    mdx({
      processor: unified({
        // The article's punctuation is already typographic and must be published unchanged.
        smartypants: false,
        remarkPlugins: [
          [remarkKnownComponents, { allowed: ['Reflection', 'Exercise'] }],
          remarkWorkbookBlocks,
          remarkReadingTime,
          remarkArticleText,
          remarkAdditionsSection,
        ],
      }),
    }),
    sitemap({ filter: (page) => !page.includes('/workbook/print/') && !page.endsWith('/404/') }),
  ],
});
