import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/lib/friendly-error.ts';
import { nameInput } from '../../../src/lib/quote-input.ts';
import { editionFields, editionFieldNames } from '../../../workbook/edition/edition-fields.ts';
import { editionQuery, editionSettingsFromQuery } from '../../../workbook/edition/edition-query.ts';
import { editionSchemaFor } from '../../../workbook/edition/edition-schema.ts';
import { loadPrintableRanges } from '../../../workbook/fonts/printable.ts';
import { anyText, validEdition } from '../../support/arbitraries.ts';
import { fuzzing, propertyParameters, rawControl } from '../../support/property-runs.ts';

const chapterCount = 10;
const schema = editionSchemaFor({ chapterCount });
const queryKeys = editionFieldNames.map((name) => editionFields[name].query);

beforeAll(async () => {
  await loadPrintableRanges();
});

/** A mangled address: known keys with any values, unknown keys, raw text, percent escapes cut short. */
const mangledQuery: fc.Arbitrary<string> = fc.oneof(
  anyText,
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...queryKeys), anyText), anyText), { maxLength: 6 })
    .map((pairs) => pairs.map(([key, value]) => `${key}=${value}`).join('&')),
  fc
    .array(fc.tuple(fc.constantFrom(...queryKeys), anyText), { maxLength: 6 })
    .map((pairs) => new URLSearchParams(pairs).toString()),
);

describe('the edition address, for any input', () => {
  it(
    'gives a valid edition or one line per mistake, each naming the setting, never an exception',
    () => {
      fc.assert(
        fc.property(mangledQuery, (query) => {
          const settings = editionSettingsFromQuery(query);
          const result = schema.safeParse(settings, { reportInput: true });
          if (result.success) return;
          const lines = formatIssues('studio', result.error.issues).split('\n');
          const named = new Set([...editionFieldNames, ...Object.keys(settings)].map((name) => nameInput(name)));
          expect(lines.length).toBeGreaterThan(0);
          for (const line of lines) {
            const match = /^studio → (.+?): (.+)$/s.exec(line);
            expect(match, line).not.toBeNull();
            expect(named.has(match?.[1] ?? ''), line).toBe(true);
            // One line for a person: no raw control or line-breaking character from the input.
            expect(line, JSON.stringify(line)).not.toMatch(rawControl);
            expect(line.length, line).toBeLessThan(400);
          }
        }),
        propertyParameters(300),
      );
    },
    fuzzing ? 0 : 10_000,
  );

  it(
    'round-trips every valid edition: decode(encode(edition)) is the edition',
    () => {
      fc.assert(
        fc.property(validEdition(chapterCount), (edition) => {
          const query = editionQuery(edition);
          expect(schema.parse(editionSettingsFromQuery(query))).toEqual(edition);
          // The address a reader copies is plain ASCII, whatever the names' scripts.
          expect(query).toMatch(/^[\x21-\x7e]*$/);
        }),
        propertyParameters(300),
      );
    },
    fuzzing ? 0 : 10_000,
  );
});
