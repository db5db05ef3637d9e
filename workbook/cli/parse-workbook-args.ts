import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import { nameInput, quoteInput } from '../../src/lib/quote-input.ts';
import type { EditionContext } from '../edition/edition-field-kinds.ts';
import { editionFieldNames, editionFields, type EditionFieldName } from '../edition/edition-fields.ts';
import { editionSchemaFor, type EditionOptions } from '../edition/edition-schema.ts';
import { loadPrintableRanges } from '../fonts/printable.ts';
import { readLogo } from '../logo/read-logo.ts';
import { nodeSvgDom } from '../logo/node-svg-dom.ts';
import { readFileSync } from 'node:fs';

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
    case 'image':
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
    throw new UsageError(describeArgumentError(error as Error & { code?: string }));
  }
  if (values['help'] === true) return { help: true };

  const problems: string[] = [];
  const settings = Object.fromEntries(
    editionFieldNames.flatMap((name) => {
      const value = values[optionName(name)];
      if (value === undefined) return [];
      if (editionFields[name].kind !== 'image' || typeof value !== 'string') return [[name, value]];
      const read = readImageFile(value);
      if ('problem' in read) {
        problems.push(`${editionFields[name].flag}: ${quoteInput(value, 200)} ${read.problem}.`);
        return [];
      }
      return [[name, read.dataUrl]];
    }),
  );
  const result = editionSchemaFor(book()).safeParse(settings, { reportInput: true });
  if (!result.success) {
    problems.push(
      formatIssues('workbook', result.error.issues, {
        label: (field) => (field in editionFields ? editionFields[field as EditionFieldName].flag : field),
      }),
    );
  }
  const out = values['out'];
  if (typeof out !== 'string') problems.push('--out: is missing; give the PDF to write, e.g. --out my-edition.pdf.');
  else if (!out.toLowerCase().endsWith('.pdf')) problems.push(`--out: ${quoteInput(out)} should end in .pdf.`);
  else if (out.includes('\0'))
    problems.push(`--out: ${quoteInput(out)} holds a NUL character, which no file name can; remove it.`);
  if (problems.length > 0 || !result.success || typeof out !== 'string') throw new UsageError(problems.join('\n'));
  return { help: false, edition: result.data, out };
}

/** An image file given on the command line (the logo), read and checked as the studio checks one. */
function readImageFile(path: string): { dataUrl: string } | { problem: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'is not there; check the path' : `cannot be read (${code ?? 'error'})` };
  }
  return readLogo(bytes, nodeSvgDom);
}

/**
 * node:util's parseArgs error, in our voice and on one line: its own messages quote the typed
 * argument raw (a line break or a bidi control in it would break or reverse the line) and name
 * no fix.
 */
function describeArgumentError(error: Error & { code?: string }): string {
  const typed = /'(.*?)'/s.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `${nameInput(typed)}: not an option of this command; check its spelling.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `${quoteInput(typed)}: a value with no option before it; put it after its option, in quotes if it has spaces, e.g. --practice "Hope Counselling".`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = typed.split(' ')[0] ?? typed;
      const field = editionFieldNames.find((name) => editionFields[name].flag === option);
      if (/ambiguous/.test(error.message))
        return `${nameInput(option)}: its value starts with "-", which reads as an option; join them with "=", e.g. ${nameInput(option)}="-value".`;
      if (/does not take an argument/.test(error.message))
        return `${nameInput(option)}: is a switch and takes no value; write ${nameInput(option)} alone.`;
      return `${nameInput(option)}: needs a value after it, e.g. ${field ? optionSynopsis(field) : `${nameInput(option)} my-edition.pdf`}.`;
    }
    default:
      return quoteInput(error.message, 200);
  }
}
