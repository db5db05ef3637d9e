import { z } from 'astro/zod';
import { refinePrintable } from '../fonts/printable.ts';
import { formatChapterSelection, parseChapterSelection } from './chapter-selection.ts';
import { logoDataUrlProblem } from '../logo/logo-image.ts';
import { formatLocalNumbers, parseLocalNumbers, type LocalNumber } from './local-numbers.ts';

/**
 * The four kinds of edition field, and what each knows about itself: its zod type and default,
 * how it is written in the address, on the command line and in the studio's form. The table in
 * edition-fields.ts is made of these; the schema, the query codec, the CLI and the form are
 * derived from it, so a field cannot be known to one and forgotten by another.
 */

/** What a field's schema may depend on: the book it is an edition of. */
export interface EditionContext {
  /** How many numbered chapters the book has (from the print manifest or the studio's page). */
  chapterCount: number;
}

/** What every kind shares. */
interface FieldText {
  /** The CLI's option, e.g. "--prompts-only". */
  flag: `--${string}`;
  /** The address's key, e.g. "promptsOnly". Bookmarks depend on it: never rename one. */
  query: string;
  /** The CLI's one-line help (after the option and its placeholder). */
  help: string;
  /** The studio's label (a legend for a group of controls) and the hint under it. */
  label: string;
  hint: string;
}

/** A yes/no setting: a CLI switch, "1" in the address, a checkbox in the studio. */
export interface FlagField extends FieldText {
  kind: 'flag';
  schema(context: EditionContext): z.ZodDefault<z.ZodBoolean>;
}

/** One value of a few: a radio group in the studio, each value with its label. */
export interface ChoiceField<Value extends string = string> extends FieldText {
  kind: 'choice';
  values: readonly [Value, ...Value[]];
  default: NoInfer<Value>;
  labels: Record<NoInfer<Value>, string>;
  schema(context: EditionContext): z.ZodDefault<z.ZodEnum<{ [V in Value]: V }>>;
}

/**
 * Free text, set in the book with textContent only. `lines` > 1: several lines, " | " between them.
 * Every text field is printed, so its characters are checked against the bundled fonts' coverage
 * (workbook/fonts/printable.ts).
 */
export interface TextField<Output = unknown> extends FieldText {
  kind: 'text';
  /** The CLI's placeholder, e.g. '"Name"'. */
  placeholder: string;
  /** At most this many characters per line (the form's maxlength for a one-line field). */
  maxLength: number;
  /** Lines allowed: more than one are written with " | " between them in the address and the CLI. */
  lines: number;
  /** Rows of the form's control: a textarea when more than one, else a one-line input. */
  rows: number;
  /** A browser autocomplete token for the form, if one fits. */
  autocomplete?: string;
  /** The studio can remember it on the device (practice-storage.ts) when asked. */
  remembered: boolean;
  schema(context: EditionContext): z.ZodType<Output, string | undefined>;
  /** The value as the address and the form write it. */
  format(value: Output): string;
}

/** Which chapters an edition keeps: every one (whatever the book holds), or these numbers. */
export type ChapterChoice = 'all' | number[];

/** The numbered chapters to include: "2,5-7" on the CLI and in the address, boxes in the studio. */
export interface ChaptersField extends FieldText {
  kind: 'chapters';
  placeholder: string;
  schema(context: EditionContext): z.ZodType<ChapterChoice, string | undefined>;
}

/**
 * A file the counselor gives (the practice's logo): a path on the command line, a file input in the
 * studio, a `data:` URL in the edition value, checked by logo-image.ts. Data, not a setting: the
 * address codec (edition-query.ts) never writes or reads it, so `query` is reserved, never used.
 */
export interface ImageField extends FieldText {
  kind: 'image';
  /** The CLI's placeholder, e.g. "FILE". */
  placeholder: string;
  /** The studio can remember it on the device (practice-storage.ts) when asked. */
  remembered: boolean;
  schema(context: EditionContext): z.ZodDefault<z.ZodString>;
}

export type EditionField = FlagField | ChoiceField | TextField | ChaptersField | ImageField;

export function flagField(text: FieldText): FlagField {
  return { ...text, kind: 'flag', schema: () => z.boolean().default(false) };
}

export function choiceField<const Value extends string>(
  definition: FieldText & {
    values: readonly [Value, ...Value[]];
    default: NoInfer<Value>;
    labels: Record<NoInfer<Value>, string>;
  },
): ChoiceField<Value> {
  return {
    ...definition,
    kind: 'choice',
    schema: () => z.enum(definition.values).default(definition.default),
  };
}

const oneLine = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} must be at most ${max} characters` })
    .refine((value) => !/[\n\r]/.test(value), { error: `${what} must be a single line` });

/** One line of text, at most `maxLength` characters; empty by default. */
export function lineField(
  definition: FieldText & {
    name: string;
    placeholder: string;
    maxLength: number;
    autocomplete?: string;
    remembered?: boolean;
  },
): TextField<string> {
  const { name, ...text } = definition;
  return {
    ...text,
    kind: 'text',
    lines: 1,
    rows: 1,
    remembered: definition.remembered ?? false,
    schema: () => oneLine(definition.maxLength, name).superRefine(refinePrintable).default(''),
    format: (value) => value,
  };
}

/** Up to `lines` short lines, separated by a line break or " | "; a list of lines once parsed. */
export function linesField(
  definition: FieldText & { name: string; placeholder: string; maxLength: number; lines: number; remembered?: boolean },
): TextField<string[]> {
  const { name, lines, maxLength, ...text } = definition;
  return {
    ...text,
    kind: 'text',
    lines,
    rows: lines,
    maxLength,
    remembered: definition.remembered ?? false,
    schema: () =>
      z
        .string()
        .trim()
        .superRefine(refinePrintable)
        .default('')
        .transform((value) => value.split(/\s*(?:\r?\n|\|)\s*/).filter((line) => line.length > 0))
        .refine((parsed) => parsed.length <= lines, {
          error: `${name} takes at most ${lines === 2 ? 'two' : lines} lines`,
        })
        .refine((parsed) => parsed.every((line) => line.length <= maxLength), {
          error: `each ${name} line must be at most ${maxLength} characters`,
        }),
    format: (value) => value.join(' | '),
  };
}

/**
 * A short paragraph (a practice's rule or policy), printed as one: line breaks typed in the
 * studio's textarea become spaces. Empty by default.
 */
export function paragraphField(
  definition: FieldText & { placeholder: string; maxLength: number; rows: number; remembered?: boolean },
): TextField<string> {
  return {
    ...definition,
    kind: 'text',
    lines: 1,
    remembered: definition.remembered ?? false,
    schema: () =>
      z
        .string()
        .default('')
        .transform((value) => value.replace(/\s+/g, ' ').trim())
        .pipe(z.string().max(definition.maxLength).superRefine(refinePrintable)),
    format: (value) => value,
  };
}

/**
 * Labelled numbers and addresses, one entry a line ("Crisis line: 988"), checked entry by entry
 * (local-numbers.ts). Empty by default: then the page keeps its lines to write them on.
 */
export function localNumbersField(
  definition: FieldText & { placeholder: string; rows: number; remembered?: boolean },
): TextField<LocalNumber[]> {
  return {
    ...definition,
    kind: 'text',
    lines: definition.rows,
    maxLength: 120,
    remembered: definition.remembered ?? false,
    schema: () =>
      z
        .string()
        .default('')
        .superRefine(refinePrintable)
        .transform((value, context): LocalNumber[] => {
          const parsed = parseLocalNumbers(value);
          if ('error' in parsed) {
            context.addIssue({ code: 'custom', message: parsed.error, input: value });
            return z.NEVER;
          }
          return parsed.numbers;
        }),
    format: formatLocalNumbers,
  };
}

/**
 * Some of the book's chapters, written like the chapter selection ("2,5-7") but empty by default:
 * none. Checked against the book's own count of chapters.
 */
export function chapterListField(
  definition: FieldText & { placeholder: string; remembered?: boolean },
): TextField<number[]> {
  return {
    ...definition,
    kind: 'text',
    lines: 1,
    rows: 1,
    maxLength: 60,
    remembered: definition.remembered ?? false,
    schema: ({ chapterCount }) =>
      z
        .string()
        .default('')
        .transform((value, context): number[] => {
          if (value.trim() === '') return [];
          const parsed = parseChapterSelection(value, chapterCount);
          if ('error' in parsed) {
            context.addIssue({ code: 'custom', message: parsed.error, input: value });
            return z.NEVER;
          }
          return parsed.chapters;
        }),
    format: formatChapterSelection,
  };
}

/** An image file as a `data:` URL; empty by default (none). */
export function imageField(definition: FieldText & { placeholder: string; remembered?: boolean }): ImageField {
  return {
    ...definition,
    kind: 'image',
    remembered: definition.remembered ?? false,
    schema: () =>
      z
        .string()
        .superRefine((value, context) => {
          const problem = value === '' ? undefined : logoDataUrlProblem(value);
          if (problem) context.addIssue({ code: 'custom', message: problem, input: '' });
        })
        .default(''),
  };
}

/**
 * The chapter selection, checked against the book's own count of numbered chapters. Empty, "all"
 * or a selection of every chapter is "all", so a plain edition stays plain in the address.
 */
export function chaptersField(definition: FieldText & { placeholder: string }): ChaptersField {
  return {
    ...definition,
    kind: 'chapters',
    schema: ({ chapterCount }) =>
      z
        .string()
        .default('')
        .transform((value, context): ChapterChoice => {
          const parsed = parseChapterSelection(value, chapterCount);
          if ('error' in parsed) {
            context.addIssue({ code: 'custom', message: parsed.error });
            return z.NEVER;
          }
          return parsed.chapters.length === chapterCount ? 'all' : parsed.chapters;
        }),
  };
}

/** The chapter selection as the address and the CLI write it: "" for the whole book. */
export function formatChapters(chapters: ChapterChoice): string {
  return chapters === 'all' ? '' : formatChapterSelection(chapters);
}
