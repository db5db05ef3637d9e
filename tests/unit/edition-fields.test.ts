import { describe, expect, it } from 'vitest';
import { parseWorkbookArgs, usage } from '../../workbook/cli/parse-workbook-args.ts';
import { editionFieldNames, editionFields } from '../../workbook/edition/edition-fields.ts';
import { editionQuery, editionSettingsFromQuery } from '../../workbook/edition/edition-query.ts';
import {
  defaultEdition,
  editionSchemaFor,
  largePrintBookletConflict,
  setConflicts,
  type EditionOptions,
} from '../../workbook/edition/edition-schema.ts';

/*
 * The edition fields are one table (workbook/edition/edition-fields.ts); the schema, the address
 * codec and the CLI are derived from it. These check that the derived parts agree with each other
 * and that addresses bookmarked before the table existed still mean the same edition.
 */

const book = { chapterCount: 10 };
const schema = editionSchemaFor(book);

/** One edition per field, that field away from its default. */
const oneFieldEach: [string, EditionOptions][] = [
  ['paper', { ...defaultEdition, paper: 'a4' }],
  ['practice', { ...defaultEdition, practice: 'Hope & Harbour <Counselling>' }],
  ['contact', { ...defaultEdition, contact: ['020 7946 0000', 'hope.example'] }],
  ['logoAlt', { ...defaultEdition, logoAlt: 'Hope Counselling: a green leaf' }],
  [
    'localNumbers',
    {
      ...defaultEdition,
      localNumbers: [
        { label: 'Crisis line', value: '988' },
        { label: 'Domestic abuse service', value: 'https://help.example.org/chat' },
      ],
    },
  ],
  ['crisisRule', { ...defaultEdition, crisisRule: 'Call the crisis line first; then leave me a message.' }],
  ['secretsPolicy', { ...defaultEdition, secretsPolicy: 'I keep no secrets between partners.' }],
  ['sessionChapters', { ...defaultEdition, sessionChapters: [3, 6, 7] }],
  ['chapters', { ...defaultEdition, chapters: [2, 5, 6, 7] }],
  ['lines', { ...defaultEdition, lines: 'roomy' }],
  ['largePrint', { ...defaultEdition, largePrint: true }],
  ['promptsOnly', { ...defaultEdition, promptsOnly: true }],
  ['booklet', { ...defaultEdition, booklet: true }],
  ['fillable', { ...defaultEdition, fillable: true }],
  ['printShop', { ...defaultEdition, printShop: true }],
  ['bleed', { ...defaultEdition, bleed: '5' }],
  ['facilitator', { ...defaultEdition, facilitator: true }],
  ['for', { ...defaultEdition, for: 'hurt' }],
  ['set', { ...defaultEdition, set: true }],
  ['discreet', { ...defaultEdition, discreet: true }],
];

describe('the edition field table', () => {
  it('gives every field its own CLI option and address key', () => {
    const flags = editionFieldNames.map((name) => editionFields[name].flag);
    const keys = editionFieldNames.map((name) => editionFields[name].query);
    expect(new Set(flags).size).toBe(flags.length);
    expect(new Set(keys).size).toBe(keys.length);
    // A logo is a file, not a setting an address can hold (its own test below).
    expect(oneFieldEach.map(([name]) => name)).toEqual(editionFieldNames.filter((name) => name !== 'logo'));
  });

  it('lists every option in the CLI’s usage', () => {
    for (const name of editionFieldNames) expect(usage).toContain(editionFields[name].flag);
  });

  it('writes a plain edition as an empty address, and whole-book selections as the default', () => {
    expect(editionQuery(defaultEdition)).toBe('');
    expect(defaultEdition.chapters).toBe('all');
    expect(schema.parse({ chapters: '1-10' }).chapters).toBe('all');
    expect(schema.parse({ chapters: '3,1-2' }).chapters).toEqual([1, 2, 3]);
  });

  it.each(oneFieldEach)('round-trips %s through the address', (_, edition) => {
    const query = editionQuery(edition);
    expect(query).not.toBe('');
    expect(schema.parse(editionSettingsFromQuery(query))).toEqual(edition);
  });

  it('never writes a logo into an address, nor reads one from it: a file stays on the device', () => {
    const logo = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"/>')}`;
    const edition = schema.parse({ logo, logoAlt: 'A leaf' });
    expect(edition.logo).toBe(logo);
    expect(editionQuery(edition)).toBe('logoAlt=A+leaf');
    expect(editionSettingsFromQuery(`logo=${encodeURIComponent(logo)}&logoAlt=A+leaf`)).toEqual({ logoAlt: 'A leaf' });
  });

  it.each(oneFieldEach)('reads %s the same from the CLI as from the address', (name, edition) => {
    const field = editionFields[name as keyof typeof editionFields];
    const value = editionSettingsFromQuery(editionQuery(edition))[name as keyof typeof editionFields];
    const argv = value === true ? [field.flag] : [field.flag, String(value)];
    expect(parseWorkbookArgs([...argv, '--out', 'x.pdf'], () => book)).toEqual({ help: false, edition, out: 'x.pdf' });
  });

  it('opens an address bookmarked in the old format as the same edition', () => {
    const bookmark =
      'paper=a4&practice=Hope%20Counselling&contact=020%207946%200000%20%7C%20hope.example&chapters=2-4&lines=roomy&promptsOnly=1&booklet=1&facilitator=1';
    const opened = schema.parse(editionSettingsFromQuery(bookmark));
    // As the studio reads its own address (with "?"), and written back as the same edition.
    expect(schema.parse(editionSettingsFromQuery(`?${bookmark}`))).toEqual(opened);
    expect(schema.parse(editionSettingsFromQuery(editionQuery(opened)))).toEqual(opened);
    expect(opened).toEqual({
      paper: 'a4',
      practice: 'Hope Counselling',
      contact: ['020 7946 0000', 'hope.example'],
      logo: '',
      logoAlt: '',
      localNumbers: [],
      crisisRule: '',
      secretsPolicy: '',
      sessionChapters: [],
      chapters: [2, 3, 4],
      lines: 'roomy',
      largePrint: false,
      promptsOnly: true,
      booklet: true,
      fillable: false,
      printShop: false,
      bleed: '3',
      facilitator: true,
      for: 'couple',
      set: false,
      discreet: false,
    } satisfies EditionOptions);
    // Flags were also written as "true" or with no value.
    expect(schema.parse(editionSettingsFromQuery('booklet=true&facilitator')).booklet).toBe(true);
    expect(schema.parse(editionSettingsFromQuery('booklet=true&facilitator')).facilitator).toBe(true);
  });

  it('checks a chapter selection against the book it is for', () => {
    expect(editionSchemaFor({ chapterCount: 12 }).safeParse({ chapters: '11-12' }).success).toBe(true);
    const result = schema.safeParse({ chapters: '11-12' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('“11-12” is outside the book; chapters are numbered 1–10');
  });

  describe('a fillable edition', () => {
    it('combines with every setting but the booklet', () => {
      const everything = {
        paper: 'a4',
        practice: 'Hope Counselling',
        contact: '020 7946 0000',
        chapters: '2-4',
        lines: 'roomy',
        promptsOnly: true,
        facilitator: true,
        for: 'hurt',
        discreet: true,
        fillable: true,
      };
      expect(schema.parse(everything).fillable).toBe(true);
      const edition = schema.parse(editionSettingsFromQuery('fillable=1&for=involved&paper=a4'));
      expect(edition).toEqual({ ...defaultEdition, fillable: true, for: 'involved', paper: 'a4' });
      expect(editionQuery(edition)).toBe('paper=a4&fillable=1&for=involved');
    });

    it('is refused for a print shop, beside the fillable setting, in one line', () => {
      const result = schema.safeParse(editionSettingsFromQuery('fillable=1&printShop=1'));
      expect(result.error?.issues.map((issue) => [issue.path, issue.message.split(':')[0]])).toEqual([
        [['fillable'], 'a print-shop PDF cannot be fillable'],
      ]);
      expect(() => parseWorkbookArgs(['--fillable', '--print-shop', '--out', 'x.pdf'], () => book)).toThrow(
        /^--fillable: a print-shop PDF cannot be fillable: [^\n]*\.$/,
      );
    });

    it('is refused as a booklet, beside the fillable setting, saying why and what to do instead', () => {
      const result = schema.safeParse(editionSettingsFromQuery('fillable=1&booklet=1'));
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([
        expect.objectContaining({
          path: ['fillable'],
          message:
            'a booklet cannot be fillable: its pages are imposed two to a sheet for printing and folding. Print the booklet, or make a fillable edition without the booklet',
        }),
      ]);
      expect(() => parseWorkbookArgs(['--fillable', '--booklet', '--out', 'x.pdf'], () => book)).toThrow(
        /^--fillable: a booklet cannot be fillable: .* Print the booklet, or make a fillable edition without the booklet\.$/,
      );
    });

    it('is in the CLI’s usage, saying it is not for a booklet', () => {
      expect(usage).toMatch(/--fillable +form fields over the writing space, .*\(not with --booklet\)/);
    });
  });

  describe('large print', () => {
    it('combines with every other setting but the booklet', () => {
      const edition = schema.parse(
        editionSettingsFromQuery(
          'largePrint=1&paper=a4&practice=Hope&chapters=2-4&lines=roomy&promptsOnly=1&fillable=1&for=hurt&discreet=1&facilitator=1',
        ),
      );
      expect(edition).toMatchObject({ largePrint: true, paper: 'a4', fillable: true, for: 'hurt', discreet: true });
      expect(schema.parse(editionSettingsFromQuery('largePrint=1&printShop=1&bleed=5'))).toMatchObject({
        largePrint: true,
        printShop: true,
      });
      expect(parseWorkbookArgs(['--large-print', '--paper', 'a4', '--out', 'x.pdf'], () => book)).toMatchObject({
        edition: { largePrint: true, paper: 'a4' },
      });
    });

    it('is refused as a booklet, beside the large-print setting, in one line saying why and what to do', () => {
      const result = schema.safeParse(editionSettingsFromQuery('largePrint=1&booklet=1'));
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ path: ['largePrint'], message: largePrintBookletConflict }),
      ]);
      expect(() => parseWorkbookArgs(['--large-print', '--booklet', '--out', 'x.pdf'], () => book)).toThrow(
        /^--large-print: large print cannot be a booklet: [^\n]*\.$/,
      );
    });

    it('is in the CLI’s usage, saying it is not for a booklet', () => {
      expect(usage).toMatch(/--large-print +large print: .*18 pt.*\(not with --booklet\)/);
    });
  });

  describe('the set', () => {
    it('combines with the settings each of its books takes', () => {
      const edition = schema.parse(editionSettingsFromQuery('set=1&paper=a4&practice=Hope&chapters=2-4&discreet=1'));
      expect(edition).toMatchObject({ set: true, paper: 'a4', practice: 'Hope', chapters: [2, 3, 4], discreet: true });
    });

    it.each([
      ['--fillable', 'fillable=1', setConflicts.fillable],
      ['--booklet', 'booklet=1', setConflicts.booklet],
      ['--for hurt', 'for=hurt', setConflicts.for],
    ])('is refused with %s, in one line beside the set, saying why and what to do instead', (flags, query, message) => {
      const result = schema.safeParse(editionSettingsFromQuery(`set=1&${query}`));
      expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['set'], message })]);
      expect(() => parseWorkbookArgs(['--set', ...flags.split(' '), '--out', 'x.pdf'], () => book)).toThrow(
        new RegExp(`^--set: ${message.slice(0, 30)}[^\n]*$`),
      );
    });
  });
});
