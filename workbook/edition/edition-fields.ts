import { paperIds, paperLabels } from '../../src/schemas/paper.ts';
import { chaptersField, choiceField, flagField, lineField, linesField } from './edition-field-kinds.ts';
import { readers, roleIds, roleName, type Reader } from '../../src/lib/readers.ts';

/**
 * Every setting of a counselor edition, once: its type and default, its CLI option and help, its
 * key in the address (the studio's bookmarks), and its label and hint in the studio's form. The
 * schema (edition-schema.ts), the query codec (edition-query.ts), the CLI's options and usage
 * (cli/parse-workbook-args.ts) and the studio's form are all derived from this table, in this
 * order. Adding a setting is one entry here plus what it does to the page
 * (print/runtime/apply-edition.ts).
 */
export const editionFields = {
  paper: choiceField({
    values: paperIds,
    default: 'letter',
    labels: paperLabels,
    flag: '--paper',
    query: 'paper',
    help: 'paper size',
    label: 'Paper',
    hint: 'US Letter in the United States and Canada, A4 almost everywhere else.',
  }),
  practice: lineField({
    name: 'practice',
    placeholder: '"Name"',
    maxLength: 80,
    autocomplete: 'organization',
    remembered: true,
    flag: '--practice',
    query: 'practice',
    help: 'practice or counselor name for the cover and back page (≤ 80 characters)',
    label: 'Practice or counselor name',
    hint: 'Printed on the cover and the back page, exactly as you type it.',
  }),
  contact: linesField({
    name: 'contact',
    placeholder: '"Line | Line"',
    lines: 2,
    maxLength: 60,
    remembered: true,
    flag: '--contact',
    query: 'contact',
    help: 'one or two short contact lines, separated by " | "',
    label: 'Contact',
    hint: 'One or two short lines, such as a phone number and a website.',
  }),
  chapters: chaptersField({
    placeholder: '2,5-7',
    flag: '--chapters',
    query: 'chapters',
    help: 'chapters to include, as numbered in the contents (default all); the introduction is always in',
    label: 'Chapters',
    hint: 'The introduction and “How to use this workbook” are always included.',
  }),
  lines: choiceField({
    values: ['compact', 'standard', 'roomy'],
    default: 'standard',
    labels: { compact: 'Compact', standard: 'Standard', roomy: 'Roomy' },
    flag: '--lines',
    query: 'lines',
    help: 'writing space per prompt',
    label: 'Writing space',
    hint: 'Roomy gives more and wider-spaced lines to couples who write large.',
  }),
  promptsOnly: flagField({
    flag: '--prompts-only',
    query: 'promptsOnly',
    help: 'only the prompts and exercises: the homework handout',
    label: 'Prompts only',
    hint: 'The reflections and exercises without the chapters’ text: a homework handout.',
  }),
  booklet: flagField({
    flag: '--booklet',
    query: 'booklet',
    help: 'half-size pages imposed two to a side: print double-sided, flip on the short edge, fold and staple',
    label: 'Booklet',
    hint: 'Half-size pages: print double-sided, flip on the short edge, fold and staple.',
  }),
  fillable: flagField({
    flag: '--fillable',
    query: 'fillable',
    help: 'form fields over the writing space, to type into on a computer or tablet (not with --booklet)',
    label: 'Fillable on a screen',
    hint: 'Boxes to type into over the same pages, for a couple who write on a computer or tablet. Your browser’s Print cannot add them: download a fillable copy from the workbook page, or make one with npm run workbook -- --fillable. Not with a booklet.',
  }),
  facilitator: flagField({
    flag: '--facilitator',
    query: 'facilitator',
    help: 'include the facilitator guide',
    label: 'Facilitator guide',
    hint: 'Adds the notes for counselors at the end.',
  }),
  for: choiceField({
    values: readers,
    default: 'couple',
    labels: Object.fromEntries([
      ['couple', 'Shared, for both partners'],
      ...roleIds.map((id) => [id, `Personal, for ${roleName(id)}`]),
    ]) as Record<Reader, string>,
    flag: '--for',
    query: 'for',
    help: `whose copy: couple for one shared book, or ${roleIds.join(' or ')} for that partner's personal copy (their prompts and those for both)`,
    label: 'Whose copy',
    hint: 'A personal copy holds one partner’s prompts and those for both, with one writing space each: each partner keeps their own and shares what they choose.',
  }),
  set: flagField({
    flag: '--set',
    query: 'set',
    help: 'the set: the shared book and both personal copies in one PDF, each starting on a fresh sheet (not with --fillable, --booklet or --for)',
    label: 'The set: shared book and both personal copies',
    hint: 'One file holding the shared book and a personal copy for each partner, each starting on a sheet of its own so the printed stack lifts apart into three books. Your browser’s Print makes one book at a time: download a ready-made set (below), or make one with npm run workbook -- --set. The preview shows the shared book.',
  }),
  discreet: flagField({
    flag: '--discreet',
    query: 'discreet',
    help: 'a neutral title on the cover, back page, running heads and PDF details',
    label: 'Discreet outside',
    hint: 'A neutral title on the cover, the back page, the running heads and the file’s details, so the subject is not on show; the inside is unchanged.',
  }),
};

export type EditionFields = typeof editionFields;
export type EditionFieldName = keyof EditionFields;

/** Settings before validation, as the CLI, the studio's address and its form give them: text and switches. */
export type EditionSettings = Partial<Record<EditionFieldName, string | boolean>>;

/** The field names in the table's order (the form's and the usage text's order). */
export const editionFieldNames = Object.keys(editionFields) as EditionFieldName[];

/** The settings the studio may keep on the device when the counselor asks (the practice's details): `remembered` in the table. */
export const rememberedFieldNames = editionFieldNames.filter((name) => {
  const field = editionFields[name];
  return field.kind === 'text' && field.remembered;
});
