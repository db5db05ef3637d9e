import { paperIds, paperLabels } from '../../src/schemas/paper.ts';
import {
  chapterListField,
  chaptersField,
  choiceField,
  flagField,
  imageField,
  lineField,
  linesField,
  localNumbersField,
  paragraphField,
} from './edition-field-kinds.ts';
import { localNumberLimits } from './local-numbers.ts';
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
  logo: imageField({
    placeholder: 'FILE',
    remembered: true,
    flag: '--logo',
    // Reserved: a logo is data and never goes into an address (edition-query.ts skips it).
    query: 'logo',
    help: "the practice's logo for the cover, beside its name: a PNG, JPEG or SVG file of at most 1 MB (needs --logo-alt)",
    label: 'Your logo',
    hint: 'A PNG, JPEG or SVG file of at most 1 MB, printed small on the cover beside your name. It stays on this device.',
  }),
  logoAlt: lineField({
    name: 'logo description',
    placeholder: '"Text"',
    maxLength: 150,
    remembered: true,
    flag: '--logo-alt',
    query: 'logoAlt',
    help: 'a few words saying what the logo shows, for readers who use a screen reader (≤ 150 characters)',
    label: 'What your logo shows',
    hint: 'A few words for clients who listen to the file with a screen reader, such as “Hope Counselling: a green leaf”.',
  }),
  localNumbers: localNumbersField({
    placeholder: '"Label: number | Label: number"',
    rows: localNumberLimits.entries,
    remembered: true,
    flag: '--local-numbers',
    query: 'localNumbers',
    help: `up to ${localNumberLimits.entries} local numbers for the Support page, each "Label: number" (or an address), separated by " | "`,
    label: 'Local numbers for your clients',
    hint: 'One a line, a label, a colon, then a phone number or a web or e-mail address, such as “Crisis line: 988” or “Domestic abuse service: 0808 2000 247”. Printed ready on the Support and resources page, in place of the lines left to write them on.',
  }),
  crisisRule: paragraphField({
    placeholder: '"Text"',
    maxLength: 300,
    rows: 3,
    remembered: true,
    flag: '--crisis-rule',
    query: 'crisisRule',
    help: 'what to do in a crisis between sessions, printed on the Support page (≤ 300 characters)',
    label: 'If a crisis comes between sessions',
    hint: 'What your clients can do if things become unsafe or overwhelming before you next meet, such as whom to call and when you can be reached. Printed on the Support and resources page.',
  }),
  secretsPolicy: paragraphField({
    placeholder: '"Text"',
    maxLength: 300,
    rows: 3,
    remembered: true,
    flag: '--secrets-policy',
    query: 'secretsPolicy',
    help: 'your policy on what is told in individual sessions, printed on the Support page (≤ 300 characters)',
    label: 'What is said in an individual session',
    hint: 'How you hold something one partner tells you alone, so both know before they need to. Printed on the Support and resources page.',
  }),
  sessionChapters: chapterListField({
    placeholder: '3,6',
    remembered: true,
    flag: '--session-chapters',
    query: 'sessionChapters',
    help: 'chapters to work through only in a session, marked on their first page, as numbered in the contents (default none)',
    label: 'Chapters for sessions only',
    hint: 'Chapter numbers as in the contents, such as 3 or 2,5-7. Each of these chapters says on its first page that its conversations are for a session with you.',
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
  largePrint: flagField({
    flag: '--large-print',
    query: 'largePrint',
    help: 'large print: re-set in a clear sans serif, all text at 18 pt or more, wide-spaced writing lines (not with --booklet)',
    label: 'Large print',
    hint: 'For a reader with low vision: every word at 18 points or more in a clear, plain typeface, no italics or capitals, and writing lines spaced for a thick pen. The book has more pages. Not with a booklet.',
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
  printShop: flagField({
    flag: '--print-shop',
    query: 'printShop',
    help: 'for a print shop: bleed, crop marks, TrimBox and BleedBox on every page (not with --fillable)',
    label: 'For a print shop',
    hint: 'Adds the bleed, crop marks and trim and bleed boxes a print shop asks for, and a line in the imprint naming the paper, trim size and binding. Your browser’s Print cannot add them: make this edition with npm run workbook -- --print-shop.',
  }),
  bleed: choiceField({
    values: ['3', '3.175', '5'],
    default: '3',
    labels: { '3': '3 mm', '3.175': '⅛ inch (3.2 mm)', '5': '5 mm' },
    flag: '--bleed',
    query: 'bleed',
    help: 'bleed in millimetres for --print-shop: 3 (default), 3.175 (⅛ inch) or 5',
    label: 'Bleed',
    hint: 'How far past the trim the print shop wants the page to run: ask them. 3 mm is usual in Europe, ⅛ inch in North America.',
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
  return (field.kind === 'text' || field.kind === 'image') && field.remembered;
});
