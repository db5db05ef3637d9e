import { describe, expect, it } from 'vitest';
import { gatherForAudience, readerPageHref, readerPages } from '../../src/lib/reader-pages.ts';
import type { ExerciseRecord, PromptRecord } from '../../src/lib/workbook-blocks.ts';

const prompt = (id: string, audience: PromptRecord['for']): PromptRecord => ({
  id,
  for: audience,
  lines: 4,
  text: id,
});
const exercise = (id: string, audience: ExerciseRecord['for']): ExerciseRecord => ({
  id,
  title: id,
  for: audience,
  layout: 'lines',
  text: id,
  blocks: [id],
});
const chapter = (id: string, prompts: PromptRecord[], exercises: ExerciseRecord[] = []) => ({
  id,
  href: `/${id}/`,
  title: id,
  number: undefined,
  workbook: { prompts, exercises },
});

describe('gatherForAudience', () => {
  const chapters = [
    chapter('one', [prompt('one-1', 'hurt'), prompt('one-2', 'both'), prompt('one-3', 'hurt')]),
    chapter('two', [prompt('two-1', 'involved')], [exercise('two-log', 'hurt')]),
    chapter('three', [prompt('three-1', 'both')], [exercise('three-plan', 'both')]),
  ];

  it('keeps exactly one reader’s prompts and exercises, in reading order', () => {
    const hurt = gatherForAudience(chapters, 'hurt');
    expect(hurt.map((g) => g.chapter.id)).toEqual(['one', 'two']);
    expect(hurt.flatMap((g) => g.prompts.map((p) => p.id))).toEqual(['one-1', 'one-3']);
    expect(hurt.flatMap((g) => g.exercises.map((e) => e.id))).toEqual(['two-log']);
  });

  it('leaves out chapters with nothing for that reader', () => {
    expect(gatherForAudience(chapters, 'involved').map((g) => g.chapter.id)).toEqual(['two']);
    expect(gatherForAudience(chapters, 'both').map((g) => g.chapter.id)).toEqual(['one', 'three']);
  });
});

describe('readerPages', () => {
  it('has one page per audience, "both" at /reflections/together/', () => {
    expect(readerPages.map((page) => page.audience).sort()).toEqual(['both', 'hurt', 'involved']);
    expect(readerPages.map(readerPageHref)).toEqual([
      '/reflections/hurt/',
      '/reflections/involved/',
      '/reflections/together/',
    ]);
  });
});
