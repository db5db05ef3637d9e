import type { z } from 'astro/zod';
import { nameInput, quoteInput } from './quote-input.ts';

/**
 * Turns a zod failure into lines a person can act on:
 * "<source> → <field>: what was wrong; what is expected."
 * Every validated boundary (book metadata, chapter frontmatter, component props, edition options)
 * reports through this one function, so the wording is the same everywhere and locked by tests.
 */
export function formatIssues(
  source: string,
  issues: readonly z.core.$ZodIssue[],
  {
    /** How a line names its field: "<source> → <field>" by default; the CLI names the flag ("--paper"). */
    label = (field: string) => `${source} → ${field}`,
  }: { label?: (field: string) => string } = {},
): string {
  const lines = issues.flatMap((issue) =>
    // An unknown field is reported where it is, one line per field, like any other mistake.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${label(fieldName([...issue.path, key]))}: ${unknownField}`)
      : [`${label(fieldName(issue.path))}: ${describe(issue)}`],
  );
  return lines.join('\n');
}

/** Validates `data` against `schema` and throws one readable error naming the source and every bad field. */
export function parseOrThrow<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  source: string,
): z.output<Schema> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new FriendlyError(formatIssues(source, result.error.issues));
}

/** An error whose message is already written for a person; printed as is, without a stack. */
export class FriendlyError extends Error {
  override name = 'FriendlyError';
}

const unknownField = 'unknown field; check its spelling or remove it.';

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole value)';
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : nameInput(String(key)))).join('.');
}

/**
 * Describes one issue: "is missing; expected text. Add it." Also usable as a zod `error`
 * option, so messages that another tool formats (Astro's content errors) use our wording too.
 */
export function describeIssue(issue: z.core.$ZodIssue | z.core.$ZodRawIssue): string {
  return describe(issue as z.core.$ZodIssue);
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing; expected ${article(issue.expected)}. Add it.`;
      return `expected ${article(issue.expected)}, received ${show(issue.input)}.`;
    case 'invalid_value':
      return `received ${show(issue.input)}; allowed: ${issue.values.map(show).join(', ')}.`;
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map(show).join(', ')}; check the spelling or remove ${issue.keys.length === 1 ? 'it' : 'them'}.`;

    case 'invalid_format':
      return `${show(issue.input)} is not a valid ${issue.format === 'regex' ? 'value' : issue.format}; ${issue.message}.`;
    default:
      return `${issue.message}.`;
  }
}

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
  const minimum = Number(issue.minimum);
  if (issue.origin === 'string') {
    return minimum <= 1 ? 'is empty; expected some text.' : `is too short; expected at least ${minimum} characters.`;
  }
  if (issue.origin === 'array') return `expected at least ${minimum} ${minimum === 1 ? 'item' : 'items'}.`;
  return `received ${show(issue.input)}; expected ${issue.inclusive === false ? 'more than' : 'at least'} ${minimum}.`;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
  const maximum = Number(issue.maximum);
  if (issue.origin === 'string') {
    const length = typeof issue.input === 'string' ? issue.input.length : undefined;
    return `is ${length ?? 'too many'} characters long; at most ${maximum} allowed. Shorten it.`;
  }
  if (issue.origin === 'array') return `expected at most ${maximum} items.`;
  return `received ${show(issue.input)}; expected at most ${maximum}.`;
}

const articles: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

function article(expected: string): string {
  return articles[expected] ?? expected;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quoteInput(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}
