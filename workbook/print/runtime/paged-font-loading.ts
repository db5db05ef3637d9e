import { Chunker } from 'pagedjs';
import { parseUnicodeRange } from './unicode-range.ts';

/**
 * Paged.js 0.4.3 loads every face in document.fonts before it lays out a page
 * (Chunker.prototype.loadFonts). With fonts cut into unicode-range slices that means fetching
 * every slice of every face the workbook bundles, about a thousand files, to print a few. The
 * runtime loads the faces the text needs itself (loadFontsInUse, before Paged.js starts), so
 * Paged.js's loadFonts waits for those and nothing else.
 */
export function loadOnlyTheFontsInUse(): void {
  Chunker.prototype.loadFonts = () => document.fonts.ready;
}

/**
 * Loads every face whose unicode-range covers a character of the document's text, and waits for
 * them. `document.fonts.ready` alone is not enough: it resolves as soon as no load is pending, and
 * a face the page has not asked for yet is not pending, so Paged.js could measure a page in a
 * fallback font and the face arrive in the middle of layout, moving breaks from one render to the
 * next. Faces of weights or styles the text never uses are loaded too when their range matches;
 * for the workbook that is a few small slices.
 */
export async function loadFontsInUse(document: Document): Promise<void> {
  const codePoints = new Set<number>();
  for (const character of document.body.textContent) codePoints.add(character.codePointAt(0) ?? 0);
  const wanted = [...document.fonts].filter(
    (face) => face.status === 'unloaded' && coversAny(parseUnicodeRange(face.unicodeRange), codePoints),
  );
  // A face that fails to load leaves its text to the next family in the stack; the renderer's
  // font check refuses a PDF set in a font that is not the workbook's.
  await Promise.all(wanted.map((face) => face.load().catch(() => undefined)));
  await document.fonts.ready;
}

function coversAny(ranges: readonly [number, number][], codePoints: ReadonlySet<number>): boolean {
  for (const codePoint of codePoints) {
    if (ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) return true;
  }
  return false;
}
