import { describe, expect, it } from 'vitest';
import { FriendlyError, formatIssues, parseOrThrow } from '../../src/lib/friendly-error.ts';
import { bookSchema } from '../../src/schemas/book.ts';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { exercisePropsSchema } from '../../src/schemas/exercise.ts';
import { reflectionPropsSchema } from '../../src/schemas/reflection.ts';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FriendlyError);
    return (error as Error).message;
  }
  throw new Error('expected a FriendlyError');
}

describe('friendly errors', () => {
  it('names the source, the field, what was wrong and what is expected', () => {
    const message = messageOf(() =>
      parseOrThrow(chapterSchema, { order: 'two', summary: 'x'.repeat(201), colour: 'red' }, 'content/guide/x.mdx'),
    );
    expect(message).toMatchInlineSnapshot(`
      "content/guide/x.mdx → title: is missing; expected text. Add it.
      content/guide/x.mdx → order: expected a number, received "two".
      content/guide/x.mdx → summary: is 201 characters long; at most 200 allowed. Shorten it.
      content/guide/x.mdx → colour: unknown field; check its spelling or remove it."
    `);
  });

  it('names a field as the caller asks (the CLI: by its flag), one line per problem', () => {
    const result = reflectionPropsSchema.safeParse({ for: 'partner', lines: 2, colour: 'red' }, { reportInput: true });
    const lines = formatIssues('workbook', result.error?.issues ?? [], { label: (field) => `--${field}` }).split('\n');
    expect(lines).toEqual([
      '--for: received "partner"; allowed: "hurt", "involved", "both".',
      expect.stringMatching(/^--lines: /),
      '--colour: unknown field; check its spelling or remove it.',
    ]);
  });

  it('lists the allowed values of an enum', () => {
    const message = messageOf(() => parseOrThrow(reflectionPropsSchema, { for: 'partner', lines: 5 }, '<Reflection>'));
    expect(message).toMatchInlineSnapshot(
      `"<Reflection> → for: received "partner"; allowed: "hurt", "involved", "both"."`,
    );
  });

  it('explains numeric bounds', () => {
    const message = messageOf(() => parseOrThrow(reflectionPropsSchema, { for: 'both', lines: 40 }, '<Reflection>'));
    expect(message).toMatchInlineSnapshot(`"<Reflection> → lines: received 40; expected at most 12."`);
  });

  it('passes custom refinement messages through', () => {
    const message = messageOf(() =>
      parseOrThrow(exercisePropsSchema, { title: 'Log', for: 'both', layout: 'table', rows: 5 }, '<Exercise>'),
    );
    expect(message).toMatchInlineSnapshot(
      `"<Exercise> → columns: a table needs 2 to 4 column headings separated by " | ", e.g. columns="Date | What helped"."`,
    );
  });

  it('reports a bad site address in the book metadata', () => {
    const message = messageOf(() =>
      parseOrThrow(
        bookSchema,
        {
          title: 'T',
          subtitle: 'S',
          credit: 'C',
          language: 'English',
          licence: 'L',
          description: 'D',
          siteUrl: 'not a url',
          author: 'A',
          keywords: [],
        },
        'content/book.json',
      ),
    );
    expect(message).toContain('content/book.json → language:');
    expect(message).toContain('content/book.json → siteUrl:');
    expect(message).toContain('content/book.json → keywords: expected at least 1 item.');
  });

  it('formats a list of issues one line each', () => {
    const result = chapterSchema.safeParse({}, { reportInput: true });
    expect(result.success).toBe(false);
    const lines = formatIssues('a.mdx', result.error?.issues ?? []).split('\n');
    expect(lines).toEqual([
      'a.mdx → title: is missing; expected text. Add it.',
      'a.mdx → order: is missing; expected a number. Add it.',
      'a.mdx → summary: is missing; expected text. Add it.',
    ]);
  });
});
