import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontStack, type FontSetting } from '../../workbook/fonts/bundled-faces.ts';
import { namesInEveryScript } from '../fixtures/names-in-every-script.ts';
import { squash } from '../support/compare-text.ts';
import { embeddedFonts, nameRenderer, type RenderedNames } from './render-names.ts';

/**
 * Every script a counselor may name their practice in, printed for real: the names go into as few
 * one-chapter editions as the fields hold (the practice and two contact lines each), in the book's
 * type and in large print, and every PDF must embed only its own stack's fonts and show every name
 * on its cover and back page.
 */
const names = Object.values(namesInEveryScript);
const editions = packNames(names);

/** Per stack: the families whose faces each script's names must be set in. */
const scriptFaces: Record<FontSetting, { each: string[]; cjk: RegExp }> = {
  // The scripts Literata lacks are set in their own faces, not left to whatever Chromium finds.
  book: {
    each: ['Literata', 'NotoNaskhArabic', 'NotoSerifHebrew', 'NotoSerifDevanagari', 'NotoSerifThai', 'NotoEmoji'],
    cjk: /^NotoSerif(SC|TC|JP|KR)$/,
  },
  largePrint: {
    each: [
      'AtkinsonHyperlegibleNext',
      'NotoSansArabic',
      'NotoSansHebrew',
      'NotoSansDevanagari',
      'NotoSansThai',
      'NotoEmoji',
    ],
    cjk: /^NotoSans(SC|TC|JP|KR)$/,
  },
};

let renderer: Awaited<ReturnType<typeof nameRenderer>>;
const rendered: Record<FontSetting, RenderedNames[]> = { book: [], largePrint: [] };
beforeAll(async () => {
  renderer = await nameRenderer();
  for (const [index, edition] of editions.entries()) {
    const paper = index % 2 === 0 ? 'a4' : 'letter';
    rendered.book.push(await renderer.render({ ...edition, paper, chapters: '1' }));
    rendered.largePrint.push(await renderer.render({ ...edition, paper, chapters: '1', largePrint: true }));
  }
}, 600_000);
afterAll(async () => {
  await renderer.close();
});

describe.each(['book', 'largePrint'] as const)(
  `names in ${names.length} scripts, in ${editions.length} editions, in the %s stack`,
  (setting) => {
    // Longest first: "NotoSansArabic-Bold" is Noto Sans Arabic's, not Noto Sans's.
    const bundled = fontStack(setting)
      .map((family) => family.replace(/\s+/g, ''))
      .sort((a, b) => b.length - a.length);
    /** A PostScript name of a bundled family: "NotoSerifSC" + "ExtraLight-SemiBold" (a variable font's instance). */
    const bundledName = new RegExp(`^(${bundled.join('|')})([A-Z][A-Za-z]*)?-[A-Za-z]+$`);

    it('embeds only the fonts of its stack, and a face of each script it printed', async () => {
      const fonts = new Set<string>();
      for (const { pdf } of rendered[setting]) {
        for (const name of await embeddedFonts(pdf)) {
          expect(name, `${name} is not one of ${bundled.join(', ')}`).toMatch(bundledName);
          fonts.add(bundledName.exec(name)?.[1] ?? name);
        }
      }
      for (const family of scriptFaces[setting].each) expect([...fonts]).toContain(family);
      expect([...fonts].some((family) => scriptFaces[setting].cjk.test(family))).toBe(true);
    });

    it.each(names)('shows “%s” on the cover and the back page', (name) => {
      const index = editions.findIndex((edition) => `${edition.practice} · ${edition.contact}`.includes(name));
      const { pages, actualText } = rendered[setting][index]!;
      for (const page of [0, pages.length - 1]) {
        const text = squash(`${pages[page] ?? ''} ${actualText[page] ?? ''}`);
        expect(text, `page ${page + 1}: ${pages[page]}`).toContain(squash(name));
      }
    });
  },
);

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
