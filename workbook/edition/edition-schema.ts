import { z } from 'astro/zod';
import { parseChapterSelection } from './chapter-selection.ts';
import { refinePrintable } from '../fonts/printable.ts';

/** How many numbered chapters the book has (the ten sections); the introduction is always included. */
export const NUMBERED_CHAPTERS = 10;

/** Writing space per prompt: spacing between rules and how many rules, relative to the chapter's own count. */
export const lineDensities = {
  compact: { gapMm: 7, factor: 0.75 },
  standard: { gapMm: 8.5, factor: 1 },
  roomy: { gapMm: 9, factor: 1.5 },
} as const;

const oneLine = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} must be at most ${max} characters` })
    .refine((value) => !/[\n\r]/.test(value), { error: `${what} must be a single line` });

/**
 * One counselor edition of the workbook, the same for the command line, the studio's URL and the
 * build's prebuilt downloads. Names are text: they are only ever set with textContent.
 */
export const editionSchema = z
  .object({
    /** Paper the edition is set for: "letter" (US Letter) or "a4". */
    paper: z.enum(['letter', 'a4']).default('letter'),
    /** The practice's or counselor's name for the cover and back page, at most 80 characters. */
    practice: oneLine(80, 'practice').superRefine(refinePrintable).default(''),
    /** One or two short lines (phone, website), separated by a line break or " | ". */
    contact: z
      .string()
      .trim()
      .superRefine(refinePrintable)
      .default('')
      .transform((value) => value.split(/\s*(?:\r?\n|\|)\s*/).filter((line) => line.length > 0))
      .refine((lines) => lines.length <= 2, { error: 'contact takes at most two lines' })
      .refine((lines) => lines.every((line) => line.length <= 60), {
        error: 'each contact line must be at most 60 characters',
      }),
    /** Chapters 1–10 to include, like "2,5-7"; empty for all. */
    chapters: z
      .string()
      .default('')
      .transform((value, context) => {
        const parsed = parseChapterSelection(value, NUMBERED_CHAPTERS);
        if ('error' in parsed) {
          context.addIssue({ code: 'custom', message: parsed.error });
          return z.NEVER;
        }
        return parsed.chapters;
      }),
    /** Writing space: "compact", "standard" or "roomy". */
    lines: z.enum(['compact', 'standard', 'roomy']).default('standard'),
    /** Only the prompts and exercises, without the article's text: the homework handout. */
    promptsOnly: z.boolean().default(false),
    /** Saddle-stitched booklet: half-size pages, two to a side, to fold and staple. */
    booklet: z.boolean().default(false),
    /** Include the facilitator guide for counselors. */
    facilitator: z.boolean().default(false),
  })
  .strict();

export type EditionInput = z.input<typeof editionSchema>;
export type EditionOptions = z.output<typeof editionSchema>;
