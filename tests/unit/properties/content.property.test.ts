import fc from 'fast-check';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { audiences } from '../../../src/lib/readers.ts';
import { formatIssues } from '../../../src/lib/friendly-error.ts';
import { nameInput } from '../../../src/lib/quote-input.ts';
import remarkWorkbookBlocks from '../../../src/remark/remark-workbook-blocks.ts';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { audience, brokenChapter, mutate, slug, words, type Props } from '../../support/content-arbitraries.ts';
import { fuzzing, propertyParameters, rawControl } from '../../support/property-runs.ts';

/**
 * Content generated valid from the schemas' rules, then broken in one way a writer might break
 * it: a field missing, of the wrong type, unknown, or out of range. Validation must stop there,
 * naming the file and that field, and never let the build go on to crash later.
 */

describe('chapter frontmatter, broken in any one way', () => {
  it(
    'is refused naming the file and the field, one line per problem',
    () => {
      fc.assert(
        fc.property(brokenChapter, ({ props, field }) => {
          const result = chapterSchema.safeParse(props, { reportInput: true });
          expect(result.success).toBe(false);
          const lines = formatIssues('content/guide/x.mdx', result.error?.issues ?? []).split('\n');
          expect(
            lines.some((line) => line.startsWith(`content/guide/x.mdx → ${nameInput(field)}: `)),
            lines.join('\n'),
          ).toBe(true);
          for (const line of lines) expect(line).not.toMatch(rawControl);
        }),
        propertyParameters(400),
      );
    },
    fuzzing ? 0 : 10_000,
  );
});

/** `<Name a="text" b={6}>` with a prompt inside, as a chapter writes it. */
function mdx(name: string, props: Props): string {
  const attributes = Object.entries(props).map(([key, value]) =>
    typeof value === 'string' ? `${key}="${value}"` : `${key}={${String(value)}}`,
  );
  return `<${name} ${attributes.join(' ')}>\n  What is one thing you need this week?\n</${name}>\n`;
}

async function compile(source: string): Promise<{ error?: Error }> {
  const file = new VFile({ value: source, path: 'content/guide/fuzz.mdx' });
  try {
    await remark().use(remarkMdx).use(remarkWorkbookBlocks).process(file);
    return {};
  } catch (error) {
    return { error: error as Error };
  }
}

const validReflection: fc.Arbitrary<Props> = fc.record(
  { for: audience, lines: fc.integer({ min: 3, max: 12 }), id: slug },
  { requiredKeys: ['for', 'lines'] },
);
const brokenReflection = mutate(validReflection, {
  required: ['for', 'lines'],
  known: ['for', 'lines', 'id', 'fullPage', 'ownCopyOnly'],
  wrongType: { lines: fc.oneof(fc.integer({ min: 3, max: 12 }).map(String), fc.boolean()), for: fc.integer() },
  outOfRange: {
    lines: fc.oneof(fc.integer({ min: -5, max: 2 }), fc.integer({ min: 13, max: 500 })),
    for: words.filter((text) => !audiences.includes(text)),
    id: fc.stringMatching(/^[A-Z _.]{1,10}$/),
  },
});

const columns = (count: number) =>
  fc
    .array(
      words.map((text) => text.replace(/\|/g, '')),
      { minLength: count, maxLength: count },
    )
    .map((headings) => headings.join(' | '));
const validExercise: fc.Arbitrary<Props> = fc.oneof(
  fc.record({
    title: words,
    for: audience,
    layout: fc.constant('table'),
    columns: fc.integer({ min: 2, max: 4 }).chain(columns),
    rows: fc.integer({ min: 3, max: 14 }),
  }),
  fc.record({ title: words, for: audience, layout: fc.constant('lines'), lines: fc.integer({ min: 4, max: 24 }) }),
  fc.record({ title: words, for: audience, layout: fc.constantFrom('checklist', 'agreement') }),
);
const brokenExercise = mutate(validExercise, {
  required: ['title', 'for', 'layout'],
  known: ['title', 'for', 'layout', 'columns', 'rows', 'lines', 'id', 'fullPage', 'ownCopyOnly'],
  wrongType: { title: fc.integer(), for: fc.boolean(), layout: fc.integer() },
  outOfRange: {
    title: fc
      .string({ unit: fc.constantFrom('a', 'b', ' '), minLength: 81, maxLength: 200 })
      .map((text) => `T${text}T`),
    layout: fc.constantFrom('grid', 'Table', 'list'),
    rows: fc.oneof(fc.integer({ min: -3, max: 2 }), fc.integer({ min: 15, max: 99 })),
    lines: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 25, max: 99 })),
  },
});

describe('<Reflection> and <Exercise> props, broken in any one way', () => {
  it(
    'valid props compile and record the block',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            validReflection.map((props) => mdx('Reflection', props)),
            validExercise.map((props) => mdx('Exercise', props)),
          ),
          async (source) => {
            const { error } = await compile(source);
            expect(error, source).toBeUndefined();
          },
        ),
        propertyParameters(150),
      );
    },
    fuzzing ? 0 : 10_000,
  );

  it(
    'stop the chapter with a message naming the file, the component and the field',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            brokenReflection.map((broken) => ({ ...broken, name: 'Reflection' })),
            brokenExercise.map((broken) => ({ ...broken, name: 'Exercise' })),
          ),
          async ({ props, field, name }) => {
            const source = mdx(name, props);
            const { error } = await compile(source);
            expect(error?.name, `${source}\n${String(error?.stack)}`).toBe('FriendlyError');
            expect(error?.message, source).toContain(`content/guide/fuzz.mdx`);
            expect(error?.message, source).toContain(`<${name}> → ${field}: `);
          },
        ),
        propertyParameters(300),
      );
    },
    fuzzing ? 0 : 20_000,
  );
});
