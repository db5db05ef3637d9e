import { describe, expect, it } from 'vitest';
import {
  findMissingContent,
  findMissingText,
  findUnexpectedContent,
  sentencesOf,
} from '../../../workbook/guard/completeness.ts';
import { referenceArticle } from '../../support/reference-article.ts';
import { fixtureManifest } from '../../support/fixture-manifest.ts';

describe('sentencesOf', () => {
  it('splits after . ? ! followed by a space, and loses no text', () => {
    expect(sentencesOf('One. Two? Three!  “Four.” Five 3.5 six')).toEqual([
      'One.',
      'Two?',
      'Three!',
      '“Four.” Five 3.5 six',
    ]);
  });

  it('keeps every character of every paragraph of the article', () => {
    for (const { paragraph } of referenceArticle()) {
      expect(sentencesOf(paragraph).join(' ')).toBe(paragraph);
    }
  });
});

const manifest = fixtureManifest(
  [
    {
      id: 'pain',
      title: 'The pain',
      number: 1,
      articleText: ['It hurts. It takes time.'],
      prompts: [{ id: 'pain-prompt-1', for: 'hurt', text: 'What hurts most?' }],
      exercises: [
        { id: 'pain-log', for: 'both', title: 'Pain log', blocks: ['Write the first thing.'], layout: 'lines' },
      ],
    },
  ],
  'Book',
);

describe('the completeness guard', () => {
  it('finds a whole chapter in text broken across lines, hyphenated softly and with ligatures', () => {
    const page = 'The pain\nIt hurts. It takes\ntime. What hurts\u00ad most? Pain log Write the ﬁrst thing.';
    expect(findMissingContent(manifest, [page])).toEqual([]);
  });

  it('names each missing sentence, prompt and exercise part', () => {
    expect(findMissingContent(manifest, ['The pain It hurts. Pain log'])).toEqual([
      'pain → article sentence 2: “It takes time.”',
      'pain → prompt pain-prompt-1: “What hurts most?”',
      'pain → exercise pain-log, part 1: “Write the first thing.”',
    ]);
  });

  it('reports forbidden paragraphs by their first sentence, and required text that is absent', () => {
    const pages = ['It hurts. Provided by Hope'];
    expect(findUnexpectedContent(['It hurts. Something else.', 'Not here.'], pages)).toEqual(['“It hurts.”']);
    expect(findMissingText(['Hope', '020 7946 0000'], pages)).toEqual(['“020 7946 0000”']);
  });
});
