import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import type { EditionContext } from '../edition/edition-field-kinds.ts';
import { editionFieldNames, editionFields, type EditionFieldName } from '../edition/edition-fields.ts';
import { editionSchemaFor, type EditionOptions } from '../edition/edition-schema.ts';
import { loadPrintableRanges } from '../fonts/printable.ts';

// The names' characters are checked against the fonts' coverage, which is loaded on demand.
await loadPrintableRanges();

/** "--paper letter|a4", "--prompts-only": an option as the usage text shows it. */
function optionSynopsis(name: EditionFieldName): string {
  const field = editionFields[name];
  switch (field.kind) {
    case 'flag':
      return field.flag;
    case 'choice':
      return `${field.flag} ${field.values.join('|')}`;
    case 'text':
    case 'chapters':
      return `${field.flag} ${field.placeholder}`;
  }
}

function optionHelp(name: EditionFieldName): string {
  const field = editionFields[name];
  return field.kind === 'choice' ? `${field.help} (default ${field.default})` : field.help;
}

const rows: [string, string][] = [
  ...editionFieldNames.map((name): [string, string] => [optionSynopsis(name), optionHelp(name)]),
  ['--out path.pdf', 'where to write the PDF (required)'],
  ['--help', 'show this help'],
];
const column = Math.max(...rows.map(([synopsis]) => synopsis.length)) + 2;

export const usage = `Make a counselor's edition of the workbook from the built site (run \`npm run build\` first).

Usage: npm run workbook -- [options] --out path.pdf

${rows.map(([synopsis, help]) => `  ${synopsis.padEnd(column)}${help}`).join('\n')}

Example: npm run workbook -- --paper a4 --practice "Hope Counselling" --chapters 2-4 --booklet --out hope.pdf`;

/** What the command line asked for. */
export type WorkbookArgs = { help: true } | { help: false; edition: EditionOptions; out: string };

/** An error in the command line itself: printed with the hint to run --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const optionName = (name: EditionFieldName) => editionFields[name].flag.slice(2);

const options: ParseArgsOptionsConfig = {
  ...Object.fromEntries(
    editionFieldNames.map((name) => [
      optionName(name),
      { type: editionFields[name].kind === 'flag' ? ('boolean' as const) : ('string' as const) },
    ]),
  ),
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/**
 * Parses and validates the command line with the same edition model as the studio. `book` is
 * asked for only once the options are read (not for --help): it reads the built site.
 */
export function parseWorkbookArgs(argv: readonly string[], book: () => EditionContext): WorkbookArgs {
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, options }));
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify .*$/s, '.'));
  }
  if (values['help'] === true) return { help: true };

  const settings = Object.fromEntries(
    editionFieldNames.flatMap((name) => {
      const value = values[optionName(name)];
      return value === undefined ? [] : [[name, value]];
    }),
  );
  const result = editionSchemaFor(book()).safeParse(settings, { reportInput: true });
  const problems: string[] = [];
  if (!result.success) {
    problems.push(
      formatIssues('workbook', result.error.issues, {
        label: (field) => (field in editionFields ? editionFields[field as EditionFieldName].flag : field),
      }),
    );
  }
  const out = values['out'];
  if (typeof out !== 'string') problems.push('--out: is missing; give the PDF to write, e.g. --out my-edition.pdf.');
  else if (!out.toLowerCase().endsWith('.pdf')) problems.push(`--out: "${out}" should end in .pdf.`);
  if (problems.length > 0 || !result.success || typeof out !== 'string') throw new UsageError(problems.join('\n'));
  return { help: false, edition: result.data, out };
}
