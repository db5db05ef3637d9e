import { z } from 'zod';

/**
 * Where one `npm run workbook` spent its time, written as JSON to the file named by
 * `WORKBOOK_TIMINGS_FILE` when that is set (the bench sets it; nobody else needs it). Seconds.
 */
export const cliTimingsSchema = z.object({
  /** From the process's start to the render's start: Node, the CLI's modules, the server, Chromium. */
  beforeRender: z.number(),
  /** Paginating and printing (RenderedEdition.seconds). */
  render: z.number(),
  /** Parts the edition was laid out in at once (RenderedEdition.parts; 1: whole). */
  parts: z.number().int().positive(),
  /** Reading the PDF back and checking it is complete (RenderedEdition.afterRender.guard). */
  guard: z.number(),
  /** pdf-lib's post-processing (RenderedEdition.afterRender.postprocess). */
  postprocess: z.number(),
  /** From the process's start to the PDF written (the browser closes while the PDF is checked). */
  written: z.number(),
});

export type CliTimings = z.infer<typeof cliTimingsSchema>;
