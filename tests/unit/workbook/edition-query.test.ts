import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/lib/friendly-error.ts';
import { editionSettingsFromQuery, editionQuery } from '../../../workbook/edition/edition-query.ts';
import { editionSchemaFor, type EditionOptions } from '../../../workbook/edition/edition-schema.ts';

/** What the print page and the studio do with an address: read the query, then validate it. */
function editionAt(query: string): EditionOptions {
  return editionSchemaFor({ chapterCount: 10 }).parse(editionSettingsFromQuery(query));
}

const plain: EditionOptions = {
  paper: 'letter',
  practice: '',
  contact: [],
  logo: '',
  logoAlt: '',
  localNumbers: [],
  crisisRule: '',
  secretsPolicy: '',
  sessionChapters: [],
  chapters: 'all',
  lines: 'standard',
  largePrint: false,
  promptsOnly: false,
  booklet: false,
  fillable: false,
  printShop: false,
  bleed: '3',
  facilitator: false,
  for: 'couple',
  set: false,
  discreet: false,
};

describe('the edition query', () => {
  it('is empty for the plain edition, and an empty query is the plain edition', () => {
    expect(editionQuery(plain)).toBe('');
    expect(editionAt('')).toEqual(plain);
  });

  const oneFieldEach: [string, Partial<EditionOptions>, string][] = [
    ['paper', { paper: 'a4' }, 'paper=a4'],
    ['practice', { practice: 'Hope Counselling' }, 'practice=Hope+Counselling'],
    ['contact', { contact: ['020 7946 0000', 'hope.example'] }, 'contact=020+7946+0000+%7C+hope.example'],
    ['localNumbers', { localNumbers: [{ label: 'Crisis line', value: '988' }] }, 'localNumbers=Crisis+line%3A+988'],
    ['crisisRule', { crisisRule: 'Call me.' }, 'crisisRule=Call+me.'],
    ['secretsPolicy', { secretsPolicy: 'No secrets.' }, 'secretsPolicy=No+secrets.'],
    ['sessionChapters', { sessionChapters: [4] }, 'sessionChapters=4'],
    ['chapters', { chapters: [2, 5, 6, 7] }, 'chapters=2%2C5-7'],
    ['lines', { lines: 'roomy' }, 'lines=roomy'],
    ['largePrint', { largePrint: true }, 'largePrint=1'],
    ['promptsOnly', { promptsOnly: true }, 'promptsOnly=1'],
    ['booklet', { booklet: true }, 'booklet=1'],
    ['printShop', { printShop: true }, 'printShop=1'],
    ['bleed', { bleed: '5' }, 'bleed=5'],
    ['facilitator', { facilitator: true }, 'facilitator=1'],
    ['for', { for: 'hurt' }, 'for=hurt'],
    ['discreet', { discreet: true }, 'discreet=1'],
  ];

  it.each(oneFieldEach)(
    'writes only %s when only it differs from the default, and reads it back',
    (_field, change, query) => {
      const edition: EditionOptions = { ...plain, ...change };
      expect(editionQuery(edition)).toBe(query);
      expect(editionAt(editionQuery(edition))).toEqual(edition);
    },
  );

  it('round-trips an edition that sets every field, names with markup and ampersands included', () => {
    const edition: EditionOptions = {
      paper: 'a4',
      practice: 'Dr. Lee & Partners <b>“Hope”</b>',
      contact: ['+44 20 7946 0000', 'hope.example/?a=1&b=2'],
      logo: '',
      logoAlt: 'A leaf & <b>“Hope”</b>',
      localNumbers: [
        { label: 'Crisis & <b>support</b>', value: 'https://help.example.org/?a=1&b=2' },
        { label: 'Emergency', value: '+44 (0)20 7946 0000' },
      ],
      crisisRule: 'Call 999 & then me: <i>any</i> hour.',
      secretsPolicy: 'Nothing you tell me alone stays a secret | for long.',
      sessionChapters: [3, 10],
      chapters: [1, 3, 4, 10],
      lines: 'compact',
      largePrint: false,
      promptsOnly: true,
      booklet: true,
      fillable: false,
      printShop: true,
      bleed: '3.175',
      facilitator: true,
      for: 'couple',
      set: false,
      discreet: false,
    };
    expect(editionAt(editionQuery(edition))).toEqual(edition);
    expect(editionAt(`?${editionQuery(edition)}`)).toEqual(edition);
  });

  it('reads a flag as set when it is present empty, 1 or true, and as unset otherwise', () => {
    expect(editionAt('booklet').booklet).toBe(true);
    expect(editionAt('booklet=1').booklet).toBe(true);
    expect(editionAt('booklet=true').booklet).toBe(true);
    expect(editionAt('booklet=0').booklet).toBe(false);
    expect(editionAt('booklet=no').booklet).toBe(false);
  });

  it('reads every chapter named as a range as the whole book, and writes it as no chapters at all', () => {
    expect(editionAt('chapters=1-10').chapters).toBe('all');
    expect(editionQuery(editionAt('chapters=1-10'))).toBe('');
  });

  it('keeps unknown keys for the schema to name', () => {
    expect(editionSettingsFromQuery('colour=red&paper=a4')).toEqual({ colour: 'red', paper: 'a4' });
    const result = editionSchemaFor({ chapterCount: 10 }).safeParse(editionSettingsFromQuery('colour=red&lines=huge'), {
      reportInput: true,
    });
    expect(result.success).toBe(false);
    expect(result.error && formatIssues('edition', result.error.issues)).toBe(
      [
        'edition → lines: received "huge"; allowed: "compact", "standard", "roomy".',
        'edition → colour: unknown field; check its spelling or remove it.',
      ].join('\n'),
    );
  });
});
