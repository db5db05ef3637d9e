import fc from 'fast-check';
import { editionFields, editionFieldNames } from '../../workbook/edition/edition-fields.ts';
import type { EditionOptions } from '../../workbook/edition/edition-schema.ts';
import { localNumberLimits } from '../../workbook/edition/local-numbers.ts';
import { decodeRanges } from '../../workbook/fonts/printable.ts';
import { printableRanges } from '../../workbook/fonts/printable-ranges.ts';

/**
 * Generators shared by the property tests: hostile text (any UTF-16, lone surrogates, bidi
 * controls, NUL, very long), characters the bundled fonts can print, and valid editions.
 */

/** Characters that have broken text handling elsewhere: controls, bidi, joiners, surrogates, BOM. */
const awkward = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\ud83d',
  '\ude00',
  '\ue000',
  '|',
  '&',
  '=',
  '%',
  '+',
  '?',
  '#',
  '--',
  '-',
  '"',
  "'",
  '\\',
  '<',
  '>',
  '%00',
  '%E0%A4%A',
  '%ZZ',
];

/** Any single UTF-16 code unit, a lone surrogate included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Any string: every UTF-16 code unit (lone surrogates included), the awkward ones often, sometimes 10,000 long. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...awkward), maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.oneof(fc.constantFrom(...awkward), codeUnit), maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.string({ unit: fc.oneof(fc.constantFrom(...awkward), codeUnit), minLength: 1, maxLength: 4 }),
        fc.integer({ min: 100, max: 10_000 }),
      )
      .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  },
);

const decoded = decodeRanges(printableRanges);
const rangeCount = decoded.length / 2;

/** One character some bundled font can print (any script the workbook bundles), or plain ASCII. */
export const printableCharacter: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCodePoint(code)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: rangeCount - 1 }), fc.nat())
      .map(([index, offset]) => {
        const first = decoded[index * 2] ?? 0x20;
        const last = decoded[index * 2 + 1] ?? first;
        return String.fromCodePoint(first + (offset % (last - first + 1)));
      })
      .filter((character) => !/[\n\r]/.test(character)),
  },
);

/**
 * A name the edition schema keeps as it came: printable, at most `maxLength` UTF-16 units, no
 * surrounding white space (the schema trims), and no `|` when it is one line of a contact.
 */
export function printableName(maxLength: number, { minLength = 0, noBar = false } = {}): fc.Arbitrary<string> {
  return fc
    .string({ unit: printableCharacter, minLength, maxLength })
    .map((text) => (noBar ? text.replace(/\|/g, '/') : text).trim())
    .filter((text) => text.length >= minLength && text.length <= maxLength);
}

/** A set is the shared book and both copies, printed: never fillable, a booklet or one reader's. */
function withoutSetConflicts<Edition extends { set: boolean }>(edition: Edition): Edition {
  return edition.set ? { ...edition, fillable: false, booklet: false, for: editionFields.for.default } : edition;
}

/** Any valid edition of a book of `chapterCount` numbered chapters. */
export function validEdition(chapterCount: number): fc.Arbitrary<EditionOptions> {
  const contactLines = editionFields.contact.lines;
  return fc
    .record({
      paper: fc.constantFrom(...editionFields.paper.values),
      practice: printableName(editionFields.practice.maxLength),
      contact: fc.array(printableName(editionFields.contact.maxLength, { minLength: 1, noBar: true }), {
        maxLength: contactLines,
      }),
      // A logo never goes through an address; its description does.
      logo: fc.constant(''),
      logoAlt: printableName(editionFields.logoAlt.maxLength),
      localNumbers: fc.array(
        fc.record({
          label: printableName(localNumberLimits.label, { minLength: 1, noBar: true }).map((label) =>
            label.replace(/:/g, '.'),
          ),
          value: fc.oneof(
            fc.constantFrom('999', '112', '+44 (0)20 7946 0000', '1-800-799-7233'),
            fc.constantFrom('help.example.org', 'https://www.example.org/chat?x=1', 'care@example.org'),
          ),
        }),
        { maxLength: localNumberLimits.entries },
      ),
      crisisRule: printableName(300).map((text) => text.replace(/\s+/g, ' ')),
      secretsPolicy: printableName(300).map((text) => text.replace(/\s+/g, ' ')),
      sessionChapters: fc
        .uniqueArray(fc.integer({ min: 1, max: chapterCount }), { maxLength: chapterCount })
        .map((chosen) => chosen.sort((a, b) => a - b)),
      chapters: fc.oneof(
        fc.constant('all' as const),
        fc
          .uniqueArray(fc.integer({ min: 1, max: chapterCount }), { minLength: 1, maxLength: chapterCount - 1 })
          .map((chosen) => chosen.sort((a, b) => a - b)),
      ),
      lines: fc.constantFrom(...editionFields.lines.values),
      largePrint: fc.boolean(),
      promptsOnly: fc.boolean(),
      booklet: fc.boolean(),
      fillable: fc.boolean(),
      printShop: fc.boolean(),
      bleed: fc.constantFrom(...editionFields.bleed.values),
      facilitator: fc.boolean(),
      for: fc.constantFrom(...editionFields.for.values),
      set: fc.boolean(),
      discreet: fc.boolean(),
    })
    .map((edition) =>
      (edition.booklet || edition.printShop) && edition.fillable ? { ...edition, fillable: false } : edition,
    )
    .map((edition) => (edition.largePrint && edition.booklet ? { ...edition, booklet: false } : edition))
    .map(withoutSetConflicts)
    .filter((edition) => editionFieldNames.every((name) => name in edition));
}

/** A token a person might put on the command line: a real option (maybe with `=value`), a value, or noise. */
const argvToken: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...editionFieldNames.map((name) => editionFields[name].flag), '--out', '--help', '-h'),
  },
  { weight: 3, arbitrary: anyText },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'letter',
      'a4',
      'roomy',
      'hurt',
      '2-4',
      '0',
      'all',
      'x.pdf',
      'out.PDF',
      'Hope Counselling',
      'a | b',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...editionFieldNames.map((name) => editionFields[name].flag), '--out', '--nope', '-'),
        anyText,
      )
      .map(([flag, value]) => `${flag}=${value}`),
  },
);

/** Any command line for `npm run workbook`: real options in any order and number, values of any text. */
export const workbookArgv: fc.Arbitrary<string[]> = fc.array(argvToken, { maxLength: 10 });
