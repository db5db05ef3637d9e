import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { safetySectionSchema } from './schemas/safety-section.ts';
import { readerPageSchema } from './schemas/reader-page.ts';
import { guideContentDir } from './lib/content-dir.ts';

/** One MDX file per chapter; the book's order comes from each chapter's `order`, never from file names. */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: guideContentDir() }),
  schema: chapterSchema,
});

/**
 * Safety and privacy sections: first in every printed edition and in the EPUB, and the site's
 * "Support and safety" page, each taking the sections whose `in` names it. Astro keeps parsed
 * entries between builds and re-reads them only when this file's text changes, not when a schema
 * it imports does: after changing a schema in src/schemas/, touch this comment too.
 */
const safety = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/safety' }),
  schema: safetySectionSchema,
});

/** Each reader's page of questions (/reflections/<id>/): its description and opening, one file per reader and one for both. */
const readers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/readers' }),
  schema: readerPageSchema,
});

export const collections = { guide, safety, readers };
