import { z } from 'astro/zod';
import type { ChapterPages } from '../contracts/chapter-pages.ts';
import { RENDER_PHASES, type RenderPhases } from '../render/render-phases.ts';
import type { RenderedEdition } from '../render/render-edition.ts';

/** A rendered edition as the cache keeps it: all of it but the edition, which the key already names. */
export type CachedRender = Omit<RenderedEdition, 'edition'>;

const chapterPagesSchema: z.ZodType<ChapterPages> = z
  .object({
    id: z.string(),
    firstPage: z.number().int().positive(),
    additionsFirstPage: z.number().int().positive().optional(),
    lastPage: z.number().int().positive(),
  })
  // JSON drops an undefined property; the renderer's type always has it.
  .transform((chapter) => ({ ...chapter, additionsFirstPage: chapter.additionsFirstPage }));

const phasesSchema = z.object(
  Object.fromEntries(RENDER_PHASES.map((phase) => [phase, z.number().nonnegative()])) as Record<
    keyof RenderPhases,
    z.ZodNumber
  >,
);

/**
 * What a stored render must hold to be used again, its fillable twin included. Loose: a property
 * added to the render's result later comes back as it was stored, its bytes included, and should
 * be described here too so it is checked.
 */
export const cachedRenderSchema: z.ZodType<CachedRender> = z.looseObject({
  pdf: z.instanceof(Uint8Array).refine((pdf) => pdf.byteLength > 0, 'an empty PDF'),
  pageCount: z.number().int().positive(),
  bookPages: z.number().int().positive(),
  seconds: z.number().nonnegative(),
  parts: z.number().int().positive(),
  phases: phasesSchema,
  afterRender: z.object({ guard: z.number().nonnegative(), postprocess: z.number().nonnegative() }),
  chapters: z.array(chapterPagesSchema),
  blockPages: z.record(z.string(), z.number().int().positive()),
  formFields: z.number().int().nonnegative(),
  fillable: z
    .object({
      pdf: z.instanceof(Uint8Array).refine((pdf) => pdf.byteLength > 0, 'an empty PDF'),
      fileName: z.string().min(1),
      fields: z.number().int().positive(),
      seconds: z.number().nonnegative(),
    })
    .optional(),
});
