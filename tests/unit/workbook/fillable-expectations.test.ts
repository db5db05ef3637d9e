import { describe, expect, it } from 'vitest';
import type { FormFieldBox } from '../../../workbook/contracts/form-fields.ts';
import { editionSchemaFor, type EditionOptions } from '../../../workbook/edition/edition-schema.ts';
import { expectedWritingAreas } from '../../../workbook/guard/fillable-expectations.ts';
import { checkFormFields } from '../../../workbook/guard/form-fields.ts';
import { fixtureManifest } from '../../support/fixture-manifest.ts';

const manifest = fixtureManifest([
  {
    id: 'intro',
    title: 'Introduction',
    articleText: [],
    prompts: [
      { id: 'intro-prompt-1', for: 'both', text: 'Why now?' },
      { id: 'intro-prompt-2', for: 'hurt', text: 'What hurts?' },
    ],
    exercises: [],
  },
  {
    id: 'patience',
    title: 'Patience',
    number: 1,
    articleText: [],
    prompts: [{ id: 'patience-prompt-1', for: 'involved', text: 'What did you do?' }],
    exercises: [
      {
        id: 'check-in',
        for: 'both',
        title: 'Weekly trust check-in',
        blocks: [],
        layout: 'table',
        table: { columns: 2, rows: 3 },
      },
      { id: 'safety', for: 'both', title: 'Before we talk', blocks: [], layout: 'checklist', items: 2 },
      { id: 'pact', for: 'involved', title: 'Our pact', blocks: [], layout: 'agreement' },
      { id: 'letter', for: 'hurt', title: 'A letter', blocks: [], layout: 'lines' },
    ],
  },
]);

const edition = (input: Record<string, unknown> = {}): EditionOptions =>
  editionSchemaFor({ chapterCount: 1 }).parse(input);
const fixedPages = [
  ...['r1', 'r2', 'r3'].flatMap((row) => [`weekly-check-in.${row}.c1`, `weekly-check-in.${row}.c2`]),
  'our-agreement.commit',
  'our-agreement.review',
  'our-agreement.signature.hurt',
  'our-agreement.date.hurt',
  'our-agreement.signature.involved',
  'our-agreement.date.involved',
  'support-and-resources.numbers',
  'notes',
  'notes-2',
];

describe('the writing areas a fillable edition must have, counted from the manifest', () => {
  it('gives a shared copy only the space of what the partners do together: no prompt, no one partner’s exercise', () => {
    expect(expectedWritingAreas(manifest, edition())).toEqual([
      'cover.name-1',
      'cover.name-2',
      'cover.started',
      ...['r1', 'r2', 'r3'].flatMap((row) => [`check-in.${row}.c1`, `check-in.${row}.c2`]),
      'safety.i1',
      'safety.i2',
      ...fixedPages,
    ]);
  });

  it('gives a personal copy its reader’s areas and those for both, one block each, and keeps the fixed pages', () => {
    expect(expectedWritingAreas(manifest, edition({ for: 'hurt', chapters: '1' }))).toEqual([
      'cover.owner',
      'cover.started',
      'intro-prompt-1',
      'intro-prompt-2',
      ...['r1', 'r2', 'r3'].flatMap((row) => [`check-in.${row}.c1`, `check-in.${row}.c2`]),
      'safety.i1',
      'safety.i2',
      'letter',
      ...fixedPages,
    ]);
  });

  it('leaves out the support page’s lines when a counselor’s local numbers are printed in their place', () => {
    const areas = expectedWritingAreas(manifest, edition({ localNumbers: 'Crisis line: 988' }));
    expect(areas).not.toContain('support-and-resources.numbers');
    expect(areas).toContain('notes');
  });
});

describe('checkFormFields', () => {
  const page = { width: 816, height: 1056 };
  const field = (name: string, rect = { x: 70, y: 100, width: 600, height: 120 }): FormFieldBox => ({
    name,
    kind: 'multiline',
    page: 3,
    rect,
    tooltip: 'A prompt',
  });

  it('passes one field per area, and an area split over pages as numbered fragments', () => {
    expect(checkFormFields([field('a.1'), field('a.2'), field('b.r1.c1')], ['a', 'b.r1.c1'], page)).toEqual([]);
  });

  it('names each area without a field, each field no area needs, a gap in fragments, and a field off its page', () => {
    const problems = checkFormFields(
      [field('a.1'), field('a.3'), field('stray.1'), { ...field('c.1', { x: 700, y: 1000, width: 200, height: 80 }) }],
      ['a', 'b', 'c'],
      page,
    );
    expect(problems).toEqual([
      'no field for b',
      'a field no writing area needs: stray',
      'a: fields 1, 3',
      'c.1 is not inside page 3',
    ]);
    expect(checkFormFields([{ ...field('a.1'), tooltip: ' ' }], ['a'], page)).toEqual(['a.1 has no tooltip']);
  });
});
