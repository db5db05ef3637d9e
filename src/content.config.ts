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

/** Safety and privacy sections: first in every printed edition, and the site's "Support and safety" page. */
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
