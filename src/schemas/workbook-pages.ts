import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parseOrThrow } from '../lib/friendly-error.ts';
import { readers } from '../lib/readers.ts';
import { editionKindSchema } from './edition-kind.ts';
import { paperIdSchema } from './paper.ts';

/**
 * What the render tells the site: each published PDF's real size and page count, and where each
 * chapter's reflections fall in it. Written by the workbook's build
 * (workbook/build-book.ts) between the two site builds; the site's own input, so its schema lives here.
 */
export const workbookPagesSchema = z.object({
  editions: z.array(
    z.object({
      name: z.string(),
      kind: editionKindSchema,
      /** Whose copy: both partners' ("couple") or one partner's personal copy. */
      for: z.enum(readers),
      paper: paperIdSchema,
      paperLabel: z.string(),
      fileName: z.string(),
      /** Pages of the file (a booklet: sheet sides). */
      pageCount: z.number().int().positive(),
      /** Book pages (a booklet: half-size pages before imposition). */
      bookPages: z.number().int().positive(),
      bytes: z.number().int().positive(),
      /** A fillable PDF: the same pages as its printed twin, with form fields over the writing space. */
      fillable: z.boolean().optional(),
      chapters: z.array(
        z.object({
          id: z.string(),
          firstPage: z.number().int().positive(),
          additionsFirstPage: z.number().int().positive().optional(),
          lastPage: z.number().int().positive(),
        }),
      ),
    }),
  ),
  /** The e-book (workbook/epub/), made from the first site build's e-book source. */
  epub: z.object({ fileName: z.string(), bytes: z.number().int().positive() }).optional(),
  /**
   * The option pictures the build drew (their ids, src/lib/option-pictures.ts): a site built
   * without them (astro build alone, or with a listing made by hand) links to none.
   */
  pictures: z.array(z.string()).optional(),
});

export type WorkbookPages = z.infer<typeof workbookPagesSchema>;

/** The env variable through which the build hands the file to the second site build. */
export const WORKBOOK_PAGES_ENV = 'WORKBOOK_PAGES';

/** Reads the render's figures if this build has them (the final site build does; the first and `astro dev` do not). */
export function readWorkbookPages(env: Record<string, string | undefined> = process.env): WorkbookPages | undefined {
  const file = env[WORKBOOK_PAGES_ENV];
  if (!file) return undefined;
  return parseOrThrow(workbookPagesSchema, JSON.parse(readFileSync(file, 'utf8')), file);
}
