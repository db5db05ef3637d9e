import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontStack } from '../../workbook/fonts/bundled-faces.ts';
import { printableCharacter } from '../support/arbitraries.ts';
import { fuzzing, propertyParameters } from '../support/property-runs.ts';
import { squash } from '../support/compare-text.ts';
import { embeddedFonts, nameRenderer } from './render-names.ts';

/*
 * Any name the edition schema accepts as printable renders: every one of its characters is in
 * the PDF's text (pdf.js or Chromium's ActualText) and every embedded font is one the workbook
 * bundles. Generated from the fonts' own coverage table (tests/support/arbitraries.ts), a few
 * one-chapter editions in one Chromium per `npm test`; the refusals of unprintable names are
 * the unit layer's (tests/unit/properties/printable.property.test.ts), where they are cheap.
 * Combining marks and format characters are left out: they print, but attach to their
 * neighbours, so no text extraction gives them back one by one.
 */

const bundled = fontStack().map((family) => family.replace(/\s+/g, ''));
const bundledName = new RegExp(`^(${bundled.join('|')})([A-Z][A-Za-z]*)?-[A-Za-z]+$`);
const spacing = printableCharacter.filter((character) => !/[\p{M}\p{Cf}\p{Z}\p{Cc}]/u.test(character));
const name = (max: number) =>
  fc
    .array(fc.oneof({ weight: 6, arbitrary: spacing }, { weight: 1, arbitrary: fc.constant(' ') }), {
      minLength: 1,
      maxLength: max,
    })
    .map((characters) => characters.join('').trim().replace(/\|/g, '/'))
    .filter((text) => text.length > 0 && text.length <= max);

let renderer: Awaited<ReturnType<typeof nameRenderer>>;
beforeAll(async () => {
  renderer = await nameRenderer();
});
afterAll(async () => {
  await renderer.close();
});

describe('any printable name', () => {
  it(
    'renders with every character in the PDF text and only the bundled fonts embedded',
    async () => {
      await fc.assert(
        fc.asyncProperty(name(40), name(30), fc.constantFrom('a4', 'letter'), async (practice, contact, paper) => {
          const { pdf, pages, actualText } = await renderer.render({ practice, contact, paper, chapters: '1' });
          const cover = squash(`${pages[0] ?? ''} ${actualText[0] ?? ''}`);
          const missing = [...squash(`${practice}${contact}`)].filter((character) => !cover.includes(character));
          expect(missing, `practice ${JSON.stringify(practice)}, contact ${JSON.stringify(contact)}`).toEqual([]);
          for (const font of await embeddedFonts(pdf)) expect(font).toMatch(bundledName);
        }),
        propertyParameters(3, 0.001),
      );
    },
    fuzzing ? 0 : 120_000,
  );
});
