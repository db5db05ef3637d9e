import { z } from 'astro/zod';
import { describeIssue } from '../lib/friendly-error.ts';

/* Astro formats content errors itself; giving each field our error function keeps the wording ours. */
const error = describeIssue;

/** Frontmatter of one chapter in `content/guide/`. */
export const chapterSchema = z.strictObject(
  {
    /** The chapter's heading, exactly as the article writes it ("Introduction" for the untitled opening). */
    title: z.string({ error }).trim().min(1, { error }),
    /** Position in the book, 1 for the first chapter; unique across the book. */
    order: z.number({ error }).int({ error }).positive({ error }),
    /** Our own one-to-two-sentence summary, shown on the contents list and as the meta description. */
    summary: z.string({ error }).trim().min(1, { error }).max(200, { error }),
    /** The part of the book this chapter belongs to; chapters in a part are listed under its name. */
    part: z.string({ error }).trim().min(1, { error }).optional(),
    /** True for the introduction: it is listed but not counted as "Chapter N". */
    unnumbered: z.boolean({ error }).default(false),
  },
  { error },
);

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
