import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bookSchema } from '../../src/schemas/book.ts';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { exercisePropsSchema, splitColumns } from '../../src/schemas/exercise.ts';
import { reflectionPropsSchema } from '../../src/schemas/reflection.ts';

describe('book metadata', () => {
  it('accepts the project’s content/book.json', () => {
    const raw: unknown = JSON.parse(readFileSync('content/book.json', 'utf8'));
    expect(bookSchema.safeParse(raw).success).toBe(true);
  });
});

describe('chapter frontmatter', () => {
  const valid = { title: 'Patience', order: 3, summary: 'A summary.' };
  it('defaults unnumbered to false and keeps part optional', () => {
    expect(chapterSchema.parse(valid)).toEqual({ ...valid, unnumbered: false });
  });
  it.each([
    ['order 0', { ...valid, order: 0 }],
    ['fractional order', { ...valid, order: 1.5 }],
    ['empty title', { ...valid, title: '  ' }],
    ['summary over 200 characters', { ...valid, summary: 'x'.repeat(201) }],
    ['unknown field', { ...valid, draft: true }],
  ])('rejects %s', (_name, data) => {
    expect(chapterSchema.safeParse(data).success).toBe(false);
  });
});

describe('component props', () => {
  it('accepts each audience and rejects others', () => {
    for (const audience of ['hurt', 'unfaithful', 'both']) {
      expect(reflectionPropsSchema.safeParse({ for: audience, lines: 5 }).success).toBe(true);
    }
    expect(reflectionPropsSchema.safeParse({ for: 'him', lines: 5 }).success).toBe(false);
    expect(reflectionPropsSchema.safeParse({ for: 'both' }).success).toBe(false);
  });

  it('needs columns and rows for a table, lines for open writing', () => {
    expect(
      exercisePropsSchema.safeParse({ title: 'T', for: 'both', layout: 'table', columns: 'A | B', rows: 6 }).success,
    ).toBe(true);
    expect(
      exercisePropsSchema.safeParse({ title: 'T', for: 'both', layout: 'table', columns: 'A', rows: 6 }).success,
    ).toBe(false);
    expect(exercisePropsSchema.safeParse({ title: 'T', for: 'both', layout: 'lines' }).success).toBe(false);
    expect(exercisePropsSchema.safeParse({ title: 'T', for: 'both', layout: 'checklist' }).success).toBe(true);
  });

  it('splits column headings', () => {
    expect(splitColumns(' Week of | What helped |  | One request ')).toEqual(['Week of', 'What helped', 'One request']);
  });
});
