import { z } from 'astro/zod';
import { audienceSchema } from './audience.ts';

/** Props of `<Reflection>`: a prompt with writing room in print. */
export const reflectionPropsSchema = z
  .object({
    /** Who answers: a reader's id from content/book.json, or "both" (a block per reader in the shared book). */
    for: audienceSchema,
    /** Ruled writing lines per partner in print, 3 to 12. */
    lines: z.number().int().min(3).max(12),
    /** Stable id; added by the remark plugin when the author gives none. */
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
  })
  .strict();

export type ReflectionProps = z.infer<typeof reflectionPropsSchema>;
