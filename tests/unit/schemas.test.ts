import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import { bookSchema } from '../../src/schemas/book.ts';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { exercisePropsSchema, splitColumns } from '../../src/schemas/exercise.ts';
import { reflectionPropsSchema } from '../../src/schemas/reflection.ts';
import { safetySectionSchema } from '../../src/schemas/safety-section.ts';

/** What a person is told about `data`, one line per problem ("field: what is wrong"); [] when it is valid. */
function problemsWith(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return formatIssues('@', result.error.issues)
    .split('\n')
    .map((line) => line.replace(/^@ → /, ''));
}

describe('book metadata', () => {
  const raw: unknown = JSON.parse(readFileSync('content/book.json', 'utf8'));

  it('reads the project’s content/book.json as it is written', () => {
    const book = bookSchema.parse(raw);
    expect(book).toEqual(raw);
    expect(book.language).toBe('en');
    expect(book.keywords.length).toBeGreaterThan(0);
  });

  it('trims text fields', () => {
    expect(bookSchema.parse({ ...(raw as object), title: '  Rebuilding Trust  ' }).title).toBe('Rebuilding Trust');
  });

  it.each([
    [
      'an http exit address',
      { exitUrl: 'http://example.org/' },
      ['exitUrl: "http://example.org/" is not a valid url; Invalid URL.'],
    ],
    ['an empty list of keywords', { keywords: [] }, ['keywords: expected at least 1 item.']],
    [
      'a discreet title over 60 characters',
      { discreetTitle: 'x'.repeat(61) },
      ['discreetTitle: is 61 characters long; at most 60 allowed. Shorten it.'],
    ],
    ['an unknown field', { edition: 2 }, ['edition: unknown field; check its spelling or remove it.']],
  ])('rejects %s, saying which field and why', (_name, change, problems) => {
    expect(problemsWith(bookSchema, { ...(raw as object), ...change })).toEqual(problems);
  });
});

describe('chapter frontmatter', () => {
  const valid = { title: 'Patience', order: 3, summary: 'A summary.' };

  it('defaults unnumbered to false and keeps part optional', () => {
    expect(chapterSchema.parse(valid)).toEqual({ ...valid, unnumbered: false });
  });

  it('trims the title, summary and part, and keeps what is given', () => {
    expect(
      chapterSchema.parse({ ...valid, title: ' Patience ', summary: ' A summary. ', part: ' Part ', unnumbered: true }),
    ).toEqual({ ...valid, part: 'Part', unnumbered: true });
  });

  it.each([
    ['order 0', { ...valid, order: 0 }, ['order: received 0; expected more than 0.']],
    ['fractional order', { ...valid, order: 1.5 }, ['order: expected a whole number, received 1.5.']],
    ['empty title', { ...valid, title: '  ' }, ['title: is empty; expected some text.']],
    [
      'summary over 200 characters',
      { ...valid, summary: 'x'.repeat(201) },
      ['summary: is 201 characters long; at most 200 allowed. Shorten it.'],
    ],
    ['unknown field', { ...valid, draft: true }, ['draft: unknown field; check its spelling or remove it.']],
    ['a missing title', { order: 1, summary: 'S' }, ['title: is missing; expected text. Add it.']],
  ])('rejects %s, saying which field and why', (_name, data, problems) => {
    expect(problemsWith(chapterSchema, data)).toEqual(problems);
  });
});

describe('safety section frontmatter: the media it is published in', () => {
  const valid = { title: 'Reading privately', order: 6 };

  it('is in every medium unless `in` names some, in one order whatever order they are named in', () => {
    expect(safetySectionSchema.parse(valid).in).toEqual(['web', 'print', 'epub']);
    expect(safetySectionSchema.parse({ ...valid, in: 'web' }).in).toEqual(['web']);
    expect(safetySectionSchema.parse({ ...valid, in: ' epub  web ' }).in).toEqual(['web', 'epub']);
  });

  it.each([
    [
      'an unknown medium',
      'web ebook',
      'in: "ebook" is not a medium; use one or more of "web", "print", "epub", separated by spaces.',
    ],
    ['a medium named twice', 'print print', 'in: "print" is named twice; name each medium once.'],
    ['every medium', 'print epub web', 'in: names every medium, so it marks nothing; remove the mark.'],
    ['nothing', '  ', 'in: is empty; use one or more of "web", "print", "epub", separated by spaces.'],
  ])('refuses %s, naming the field and the fix', (_name, media, problem) => {
    expect(problemsWith(safetySectionSchema, { ...valid, in: media })).toEqual([problem]);
  });

  it('no longer takes the old print and web switches', () => {
    expect(problemsWith(safetySectionSchema, { ...valid, print: false })).toEqual([
      'print: unknown field; check its spelling or remove it.',
    ]);
  });
});

describe('component props', () => {
  it('accepts each audience and rejects others', () => {
    for (const audience of ['hurt', 'involved', 'both'] as const) {
      expect(reflectionPropsSchema.parse({ for: audience, lines: 5 })).toEqual({ for: audience, lines: 5 });
    }
    expect(problemsWith(reflectionPropsSchema, { for: 'him', lines: 5 })).toEqual([
      'for: received "him"; allowed: "hurt", "involved", "both".',
    ]);
    expect(problemsWith(reflectionPropsSchema, { for: 'both' })).toEqual([
      'lines: is missing; give lines={n} (3 to 12), or fullPage for a page of writing space.',
    ]);
  });

  it('keeps writing lines between 3 and 12', () => {
    expect(problemsWith(reflectionPropsSchema, { for: 'both', lines: 2 })).toEqual([
      'lines: received 2; expected at least 3.',
    ]);
    expect(reflectionPropsSchema.parse({ for: 'both', lines: 12, id: 'x-1' })).toEqual({
      for: 'both',
      lines: 12,
      id: 'x-1',
    });
  });

  it('needs columns and rows for a table, lines for open writing', () => {
    const table = { title: 'T', for: 'both', layout: 'table', columns: 'A | B', rows: 6 } as const;
    expect(exercisePropsSchema.parse(table)).toEqual(table);
    expect(problemsWith(exercisePropsSchema, { ...table, columns: 'A' })).toEqual([
      'columns: a table needs 2 to 4 column headings separated by " | ", e.g. columns="Date | What helped".',
    ]);
    expect(problemsWith(exercisePropsSchema, { title: 'T', for: 'both', layout: 'table', columns: 'A | B' })).toEqual([
      'rows: a table needs rows={n} (3 to 14).',
    ]);
    expect(problemsWith(exercisePropsSchema, { title: 'T', for: 'both', layout: 'lines' })).toEqual([
      'lines: is missing; give lines={n} (4 to 24), or fullPage for a page of writing space.',
    ]);
    expect(exercisePropsSchema.parse({ title: ' T ', for: 'both', layout: 'checklist' })).toEqual({
      title: 'T',
      for: 'both',
      layout: 'checklist',
    });
  });

  it('gives a full page of writing space instead of lines, never both, and only to open writing', () => {
    expect(reflectionPropsSchema.parse({ for: 'involved', fullPage: true })).toEqual({
      for: 'involved',
      fullPage: true,
    });
    expect(problemsWith(reflectionPropsSchema, { for: 'both', lines: 6, fullPage: true })).toEqual([
      'fullPage: give either lines={n} or fullPage, not both.',
    ]);
    expect(problemsWith(exercisePropsSchema, { title: 'T', for: 'both', layout: 'checklist', fullPage: true })).toEqual(
      ['fullPage: only open writing (layout="lines") can have a full page.'],
    );
  });

  it('prints a block only in its reader’s own copy only when it is for one partner', () => {
    for (const audience of ['hurt', 'involved'] as const) {
      expect(reflectionPropsSchema.parse({ for: audience, lines: 5, ownCopyOnly: true })).toMatchObject({
        ownCopyOnly: true,
      });
    }
    const ownCopyForBoth =
      'ownCopyOnly: only a block for one partner can be printed only in their own copy; set for="hurt" or for="involved", or remove ownCopyOnly.';
    expect(problemsWith(reflectionPropsSchema, { for: 'both', lines: 5, ownCopyOnly: true })).toEqual([ownCopyForBoth]);
    expect(
      problemsWith(exercisePropsSchema, { title: 'T', for: 'both', layout: 'checklist', ownCopyOnly: true }),
    ).toEqual([ownCopyForBoth]);
  });

  it('rejects an unknown layout and a title over 80 characters', () => {
    expect(problemsWith(exercisePropsSchema, { title: 'x'.repeat(81), for: 'both', layout: 'grid' })).toEqual([
      'title: is 81 characters long; at most 80 allowed. Shorten it.',
      'layout: received "grid"; allowed: "table", "checklist", "agreement", "lines".',
    ]);
  });

  it('splits column headings', () => {
    expect(splitColumns(' Week of | What helped |  | One request ')).toEqual(['Week of', 'What helped', 'One request']);
  });
});
