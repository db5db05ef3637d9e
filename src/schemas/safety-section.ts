import { z } from 'astro/zod';
import { describeIssue } from '../lib/friendly-error.ts';

const error = describeIssue;

/**
 * Frontmatter of one safety and privacy section in `content/safety/`. The same sections open every
 * printed edition (before the how-to and the contents) and make up the site's "Support and safety"
 * page, so a reader meets them first in either form.
 */
export const safetySectionSchema = z.strictObject(
  {
    /** The section's heading. */
    title: z.string({ error }).trim().min(1, { error }),
    /** Position among the safety sections, 1 first; unique. */
    order: z.number({ error }).int({ error }).positive({ error }),
    /** Printed in the workbook (false for web-only advice, such as private browsing). */
    print: z.boolean({ error }).default(true),
    /** Shown on the site's "Support and safety" page (false for print-only text). */
    web: z.boolean({ error }).default(true),
  },
  { error },
);

export type SafetySectionFrontmatter = z.infer<typeof safetySectionSchema>;
