import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { safetySectionSchema } from './schemas/safety-section.ts';
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

export const collections = { guide, safety };
