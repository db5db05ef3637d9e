import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { guideContentDir } from './lib/content-dir.ts';

/** One MDX file per chapter; the book's order comes from each chapter's `order`, never from file names. */
const guide = defineCollection({
  loader: glob({ pattern: '*.mdx', base: guideContentDir() }),
  schema: chapterSchema,
});

export const collections = { guide };
