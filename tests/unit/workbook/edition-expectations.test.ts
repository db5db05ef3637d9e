import { describe, expect, it } from 'vitest';
import { editionSchemaFor, type EditionOptions } from '../../../workbook/edition/edition-schema.ts';
import { expectationsFor } from '../../../workbook/guard/edition-expectations.ts';
import type { PrintManifest } from '../../../workbook/contracts/print-manifest.ts';
import { fixtureManifest } from '../../support/fixture-manifest.ts';

function chapter(id: string, number: number | undefined, articleText: string[]): PrintManifest['chapters'][number] {
  return {
    id,
    title: `Title of ${id}`,
    ...(number === undefined ? {} : { number }),
    articleText,
    prompts: [{ id: `${id}-prompt-1`, for: 'both', text: `A prompt of ${id}.` }],
    exercises: [{ id: `${id}-log`, for: 'both', title: `Log of ${id}`, blocks: ['Fill it in.'], layout: 'lines' }],
  };
}

const manifest = fixtureManifest([
  chapter('introduction', undefined, ['Intro one.', 'Intro two.']),
  chapter('pain', 1, ['Pain one.', 'Pain two.']),
  chapter('owning', 2, ['Owning one.']),
  chapter('talking', 3, []),
]);

const edition = (input: Record<string, unknown> = {}): EditionOptions =>
  editionSchemaFor({ chapterCount: 10 }).parse(input);
const ids = (chapters: PrintManifest['chapters']) => chapters.map((entry) => entry.id);

describe('expectationsFor', () => {
  it('expects the whole book, and nothing forbidden, of the plain edition', () => {
    expect(expectationsFor(manifest, edition())).toEqual({ manifest, required: [], forbidden: [] });
  });

  it('keeps the introduction and the chosen chapters, and forbids the first sentence of each one left out', () => {
    const expected = expectationsFor(manifest, edition({ chapters: '2' }));
    expect(ids(expected.manifest.chapters)).toEqual(['introduction', 'owning']);
    expect(expected.manifest.title).toBe(manifest.title);
    expect(expected.manifest.language).toBe(manifest.language);
    // "talking" has no article text: its title is the tell.
    expect(expected.forbidden).toEqual(['Pain one.', 'Title of talking']);
  });

  it('drops the article’s text from a prompts-only handout and forbids every sentence of it', () => {
    const expected = expectationsFor(manifest, edition({ promptsOnly: true, chapters: '1,3' }));
    expect(ids(expected.manifest.chapters)).toEqual(['introduction', 'pain', 'talking']);
    for (const kept of expected.manifest.chapters) {
      expect(kept.articleText, kept.id).toEqual([]);
      expect(kept.prompts, kept.id).toHaveLength(1);
      expect(kept.exercises, kept.id).toHaveLength(1);
    }
    expect(expected.forbidden).toEqual(['Intro one.', 'Intro two.', 'Pain one.', 'Pain two.', 'Owning one.']);
  });

  it('requires the practice’s name and each contact line', () => {
    expect(expectationsFor(manifest, edition({ practice: 'Hope', contact: '020 | hope.example' })).required).toEqual([
      'Hope',
      '020',
      'hope.example',
    ]);
    expect(expectationsFor(manifest, edition({ contact: 'hope.example' })).required).toEqual(['hope.example']);
  });

  describe('a block printed only in its reader’s own copy', () => {
    const talking = chapter('talking', 3, []);
    const withOwnCopy = fixtureManifest([
      {
        ...talking,
        prompts: [
          ...talking.prompts,
          { id: 'talking-prompt-2', for: 'involved', text: 'Is there more to tell?', ownCopyOnly: true },
        ],
        exercises: [
          ...talking.exercises,
          {
            id: 'talking-questions',
            for: 'hurt',
            title: 'Questions',
            blocks: ['A list of your questions.'],
            layout: 'table',
            table: { columns: 2, rows: 3 },
            ownCopyOnly: true,
          },
        ],
      },
    ]);
    const held = (options: Record<string, unknown>) => {
      const expected = expectationsFor(withOwnCopy, edition(options));
      const [kept] = expected.manifest.chapters;
      return {
        prompts: kept?.prompts.map((prompt) => prompt.id),
        exercises: kept?.exercises.map((exercise) => exercise.id),
        forbidden: expected.forbidden,
      };
    };

    it('is expected in its reader’s copy', () => {
      expect(held({ for: 'involved' })).toEqual({
        prompts: ['talking-prompt-1', 'talking-prompt-2'],
        exercises: ['talking-log'],
        forbidden: ['A list of your questions.'],
      });
      expect(held({ for: 'hurt' })).toEqual({
        prompts: ['talking-prompt-1'],
        exercises: ['talking-log', 'talking-questions'],
        forbidden: ['Is there more to tell?'],
      });
    });

    it('is forbidden in a shared copy, the handout and the booklet', () => {
      for (const options of [{}, { promptsOnly: true }, { booklet: true }]) {
        expect(held(options)).toEqual({
          prompts: ['talking-prompt-1'],
          exercises: ['talking-log'],
          forbidden: ['Is there more to tell?', 'A list of your questions.'],
        });
      }
    });
  });

  it('leaves the book’s manifest as it was', () => {
    const before = structuredClone(manifest);
    expectationsFor(manifest, edition({ promptsOnly: true, chapters: '2' }));
    expect(manifest).toEqual(before);
  });
});
