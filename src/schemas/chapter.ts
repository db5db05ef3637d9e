import { z } from 'astro/zod';

/** Frontmatter of one chapter in `content/guide/`. */
export const chapterSchema = z
  .object({
    /** The chapter's heading, exactly as the article writes it ("Introduction" for the untitled opening). */
    title: z.string().trim().min(1),
    /** Position in the book, 1 for the first chapter; unique across the book. */
    order: z.number().int().positive(),
    /** Our own one-to-two-sentence summary, shown on the contents list and as the meta description. */
    summary: z.string().trim().min(1).max(200),
    /** The part of the book this chapter belongs to; chapters in a part are listed under its name. */
    part: z.string().trim().min(1).optional(),
    /** True for the introduction: it is listed but not counted as "Chapter N". */
    unnumbered: z.boolean().default(false),
  })
  .strict();

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
