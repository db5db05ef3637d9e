import { parseArgs } from 'node:util';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import { editionSchema, type EditionOptions } from '../edition/edition-schema.ts';
import { loadPrintableRanges } from '../fonts/printable.ts';

// The names' characters are checked against the fonts' coverage, which is loaded on demand.
await loadPrintableRanges();

export const usage = `Make a counselor's edition of the workbook from the built site (run \`npm run build\` first).

Usage: npm run workbook -- [options] --out path.pdf

  --paper letter|a4              paper size (default letter)
  --practice "Name"              practice or counselor name for the cover and back page (≤ 80 characters)
  --contact "Line | Line"        one or two short contact lines, separated by " | "
  --chapters 2,5-7               chapters 1–10 to include (default all); the introduction is always in
  --lines compact|standard|roomy writing space per prompt (default standard)
  --prompts-only                 only the prompts and exercises: the homework handout
  --booklet                      half-size pages imposed two to a side: print double-sided,
                                 flip on the short edge, fold and staple
  --facilitator                  include the facilitator guide
  --out path.pdf                 where to write the PDF (required)
  --help                         show this help

Example: npm run workbook -- --paper a4 --practice "Hope Counselling" --chapters 2-4 --booklet --out hope.pdf`;

/** What the command line asked for. */
export type WorkbookArgs = { help: true } | { help: false; edition: EditionOptions; out: string };

/** The CLI's name for each edition field, for messages. */
const flagOf: Record<string, string> = {
  paper: '--paper',
  practice: '--practice',
  contact: '--contact',
  chapters: '--chapters',
  lines: '--lines',
  promptsOnly: '--prompts-only',
  booklet: '--booklet',
  facilitator: '--facilitator',
};

/** An error in the command line itself: printed with the hint to run --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses and validates the command line with the same edition model as the studio. */
export function parseWorkbookArgs(argv: readonly string[]): WorkbookArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        paper: { type: 'string' },
        practice: { type: 'string' },
        contact: { type: 'string' },
        chapters: { type: 'string' },
        lines: { type: 'string' },
        'prompts-only': { type: 'boolean' },
        booklet: { type: 'boolean' },
        facilitator: { type: 'boolean' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify .*$/s, '.'));
  }
  if (values.help) return { help: true };

  const result = editionSchema.safeParse(
    {
      ...(values.paper === undefined ? {} : { paper: values.paper }),
      ...(values.practice === undefined ? {} : { practice: values.practice }),
      ...(values.contact === undefined ? {} : { contact: values.contact }),
      ...(values.chapters === undefined ? {} : { chapters: values.chapters }),
      ...(values.lines === undefined ? {} : { lines: values.lines }),
      promptsOnly: values['prompts-only'] ?? false,
      booklet: values.booklet ?? false,
      facilitator: values.facilitator ?? false,
    },
    { reportInput: true },
  );
  const problems: string[] = [];
  if (!result.success) {
    problems.push(
      formatIssues('workbook', result.error.issues)
        .split('\n')
        .map((line) => line.replace(/^workbook → (\w+)/, (_match, field: string) => flagOf[field] ?? field))
        .join('\n'),
    );
  }
  if (values.out === undefined) problems.push('--out: is missing; give the PDF to write, e.g. --out my-edition.pdf.');
  else if (!values.out.toLowerCase().endsWith('.pdf')) problems.push(`--out: "${values.out}" should end in .pdf.`);
  if (problems.length > 0 || !result.success || values.out === undefined) throw new UsageError(problems.join('\n'));
  return { help: false, edition: result.data, out: values.out };
}
