import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontStack } from '../../workbook/fonts/bundled-faces.ts';
import { namesInEveryScript } from '../fixtures/names-in-every-script.ts';
import { squash } from '../support/compare-text.ts';
import { embeddedFonts, nameRenderer, type RenderedNames } from './render-names.ts';

/**
 * Every script a counselor may name their practice in, printed for real: the names go into as few
 * one-chapter editions as the fields hold (the practice and two contact lines each), and every
 * PDF must embed only the workbook's own fonts and show every name on its cover and back page.
 */
const names = Object.values(namesInEveryScript);
const editions = packNames(names);
const bundled = fontStack().map((family) => family.replace(/\s+/g, ''));
/** A PostScript name of a bundled family: "NotoSerifSC" + "ExtraLight-SemiBold" (a variable font's instance). */
const bundledName = new RegExp(`^(${bundled.join('|')})([A-Z][A-Za-z]*)?-[A-Za-z]+$`);

let renderer: Awaited<ReturnType<typeof nameRenderer>>;
const rendered: RenderedNames[] = [];
beforeAll(async () => {
  renderer = await nameRenderer();
  for (const [index, edition] of editions.entries()) {
    rendered.push(await renderer.render({ ...edition, paper: index % 2 === 0 ? 'a4' : 'letter', chapters: '1' }));
  }
}, 600_000);
afterAll(async () => {
  await renderer.close();
});

describe(`names in ${names.length} scripts, in ${editions.length} editions`, () => {
  it('embeds only the fonts the workbook bundles, and a face of each script it printed', async () => {
    const fonts = new Set<string>();
    for (const { pdf } of rendered) {
      for (const name of await embeddedFonts(pdf)) {
        expect(name, `${name} is not one of ${bundled.join(', ')}`).toMatch(bundledName);
        fonts.add(bundledName.exec(name)?.[1] ?? name);
      }
    }
    // The scripts Literata lacks are set in their own faces, not left to whatever Chromium finds.
    for (const family of ['Literata', 'NotoNaskhArabic', 'NotoSerifHebrew', 'NotoSerifDevanagari', 'NotoSerifThai']) {
      expect([...fonts]).toContain(family);
    }
    expect([...fonts]).toContain('NotoEmoji');
    expect([...fonts].some((family) => /^NotoSerif(SC|TC|JP|KR)$/.test(family))).toBe(true);
  });

  it.each(names)('shows “%s” on the cover and the back page', (name) => {
    const index = editions.findIndex((edition) => `${edition.practice} · ${edition.contact}`.includes(name));
    const { pages, actualText } = rendered[index]!;
    for (const page of [0, pages.length - 1]) {
      const text = squash(`${pages[page] ?? ''} ${actualText[page] ?? ''}`);
      expect(text, `page ${page + 1}: ${pages[page]}`).toContain(squash(name));
    }
  });
});

/**
 * Names into editions: the practice (≤ 80 characters) and two contact lines (≤ 60), each holding
 * as many names as fit, joined by " · ", so right-to-left names also meet other scripts in a line.
 */
function packNames(all: readonly string[]): { practice: string; contact: string }[] {
  const packed: { practice: string; contact: string }[] = [];
  const queue = [...all];
  const fill = (max: number): string => {
    let field = queue.shift() ?? '';
    while (queue[0] !== undefined && `${field} · ${queue[0]}`.length <= max) field += ` · ${queue.shift()}`;
    return field;
  };
  while (queue.length > 0) {
    const practice = fill(80);
    const contact = [fill(60), fill(60)].filter((line) => line !== '');
    packed.push({ practice, contact: contact.join(' | ') });
  }
  return packed;
}
