import { z } from 'astro/zod';

/**
 * Where each prompt and exercise landed in each reader's personal copy: reader id → block id →
 * page. The shared book prints these under the prompts its readers answer in their own copies
 * ("Write your answer in your own copy, on page 23"). The build learns them from the personal
 * copies it renders first; the CLI reads them from the built site
 * (`/workbook/print/own-copy-pages.json`), per paper.
 */
export const ownCopyPagesSchema = z.record(z.string(), z.record(z.string(), z.number().int().positive()));

export type OwnCopyPages = z.infer<typeof ownCopyPagesSchema>;

/** The same, for each paper: what the built site publishes. */
export const publishedOwnCopyPagesSchema = z.record(z.string(), ownCopyPagesSchema);

export type PublishedOwnCopyPages = z.infer<typeof publishedOwnCopyPagesSchema>;

/** Where the built site publishes them, beside the print manifest. */
export const OWN_COPY_PAGES_PATH = 'workbook/print/own-copy-pages.json';
