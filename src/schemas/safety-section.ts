import { z } from 'astro/zod';
import { describeIssue } from '../lib/friendly-error.ts';
import { media, mediaListSchema } from './medium.ts';

const error = describeIssue;

/**
 * Frontmatter of one safety and privacy section in `content/safety/`. The same sections open every
 * printed edition (before the how-to and the contents), make up the site's "Support and safety"
 * page and open the EPUB, so a reader meets them first in any form.
 */
export const safetySectionSchema = z.strictObject(
  {
    /** The section's heading. */
    title: z.string({ error }).trim().min(1, { error }),
    /** Position among the safety sections, 1 first; unique. */
    order: z.number({ error }).int({ error }).positive({ error }),
    /**
     * The media the whole section is true in, as `<Only in="…">` names them (`in: web` for advice
     * about browsing the site, such as private windows and the quick exit); every medium when left out.
     */
    in: mediaListSchema.default([...media]),
  },
  { error },
);

export type SafetySectionFrontmatter = z.infer<typeof safetySectionSchema>;
