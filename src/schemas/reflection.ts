import { z } from 'astro/zod';
import { audienceSchema } from './audience.ts';
import { checkOwnCopyOnly, checkWritingSpace } from './own-copy.ts';

/** Props of `<Reflection>`: a prompt with writing room in print. */
export const reflectionPropsSchema = z
  .object({
    /** Who answers: a reader's id from content/book.json, or "both" (a block per reader in the shared book). */
    for: audienceSchema,
    /** Ruled writing lines per partner in print, 3 to 12; leave it out for a `fullPage`. */
    lines: z.number().int().min(3).max(12).optional(),
    /** A full page of writing space instead of `lines`: the prompt starts a page and its lines fill it (a letter, an account). */
    fullPage: z.boolean().optional(),
    /** Printed only in its reader's personal copy (and listed on their /reflections/ page), never in shared material; "hurt" or "involved" only. */
    ownCopyOnly: z.boolean().optional(),
    /** Stable id; added by the remark plugin when the author gives none. */
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
  })
  .strict()
  .superRefine((props, ctx) => {
    checkWritingSpace(props, ctx, '3 to 12');
    checkOwnCopyOnly(props, ctx);
  });

export type ReflectionProps = z.infer<typeof reflectionPropsSchema>;
