import { z } from 'astro/zod';
import { audienceSchema } from '../../src/schemas/audience.ts';
import { exerciseLayoutSchema } from '../../src/schemas/exercise.ts';

/**
 * What the print source must contain, published by the site build next to it
 * (`/workbook/print/book.json`) from the same compiled chapters. The renderer's completeness
 * guard checks the PDF against it.
 */
export const printManifestSchema = z.object({
  /**
   * The path the site was built under (Astro's `base`, from SITE_URL), e.g. `/our-book/`:
   * the renderer serves the built folder under it so the print page's assets resolve. Absent: `/`.
   */
  base: z.string().startsWith('/').endsWith('/').optional(),
  title: z.string(),
  /** The neutral title a discreet edition shows outside (content/book.json's discreetTitle). */
  discreetTitle: z.string(),
  language: z.string(),
  /** The safety sections printed first, in order: each title must come before the contents. */
  safety: z.array(z.object({ id: z.string(), title: z.string() })),
  chapters: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      /** Undefined for the unnumbered introduction. */
      number: z.number().int().positive().optional(),
      articleText: z.array(z.string()),
      prompts: z.array(
        z.object({
          id: z.string(),
          for: audienceSchema,
          text: z.string(),
          /** Printed only in its reader's personal copy, never in a shared edition. */
          ownCopyOnly: z.boolean().optional(),
        }),
      ),
      exercises: z.array(
        z.object({
          id: z.string(),
          for: audienceSchema,
          title: z.string(),
          blocks: z.array(z.string()),
          /** How it is printed: what writing space it has (a fillable edition's fields). */
          layout: exerciseLayoutSchema,
          /** A table's columns and rows. */
          table: z.object({ columns: z.number().int().positive(), rows: z.number().int().positive() }).optional(),
          /** A checklist's items. */
          items: z.number().int().nonnegative().optional(),
          /** Printed only in its reader's personal copy, never in a shared edition. */
          ownCopyOnly: z.boolean().optional(),
        }),
      ),
    }),
  ),
});

export type PrintManifest = z.infer<typeof printManifestSchema>;
