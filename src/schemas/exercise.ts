import { z } from 'astro/zod';
import { audienceSchema } from './audience.ts';
import { checkOwnCopyOnly, checkWritingSpace } from './own-copy.ts';

/** How an exercise is laid out in print; on screen every layout is a labelled panel. */
export const exerciseLayoutSchema = z.enum(['table', 'checklist', 'agreement', 'lines']);

/** Props of `<Exercise>`: a structured activity. */
export const exercisePropsSchema = z
  .object({
    /** The exercise's heading; unique across the book. */
    title: z.string().trim().min(1).max(80),
    /** Who does it: a reader's id from content/book.json, or "both". */
    for: audienceSchema,
    /** "table" (columns + rows), "checklist" (a list of items), "agreement" (commitments + signatures: transparency and review dates, never the body or feelings), "lines" (open writing). */
    layout: exerciseLayoutSchema,
    /** For a table: 2 to 4 column headings separated by " | ". */
    columns: z.string().optional(),
    /** For a table: how many rows to print, 3 to 14. */
    rows: z.number().int().min(3).max(14).optional(),
    /** For open writing: how many ruled lines to print, 4 to 24. */
    lines: z.number().int().min(4).max(24).optional(),
    /** For open writing: a full page instead of `lines` (the exercise starts a page and its lines fill it). */
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
    if (props.layout === 'table') {
      const count = splitColumns(props.columns ?? '').length;
      if (count < 2 || count > 4) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns'],
          message: 'a table needs 2 to 4 column headings separated by " | ", e.g. columns="Date | What helped"',
        });
      }
      if (props.rows === undefined) {
        ctx.addIssue({ code: 'custom', path: ['rows'], message: 'a table needs rows={n} (3 to 14)' });
      }
    }
    if (props.layout === 'lines') checkWritingSpace(props, ctx, '4 to 24');
    else if (props.fullPage) {
      ctx.addIssue({
        code: 'custom',
        path: ['fullPage'],
        message: 'only open writing (layout="lines") can have a full page',
      });
    }
    checkOwnCopyOnly(props, ctx);
  });

export type ExerciseProps = z.infer<typeof exercisePropsSchema>;

/** Splits `columns="A | B | C"` into its headings. */
export function splitColumns(columns: string): string[] {
  return columns
    .split('|')
    .map((heading) => heading.trim())
    .filter((heading) => heading.length > 0);
}
