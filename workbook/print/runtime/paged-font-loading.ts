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
 * Loads the faces the document's text is set in, and waits for them, before Paged.js measures a
 * line. `document.fonts.ready` alone is not enough: it resolves as soon as no load is pending, and
 * a face the page has not asked for yet is not pending, so Paged.js could measure a page in a
 * fallback font and the face arrive in the middle of layout, moving breaks from one render to the
 * next.
 *
 * Which faces: the ones Chromium itself asks for when it lays the text out, as a native print
 * does. Each round lays the page out and waits for what that requested; a face that lacks a
 * glyph sends Chromium to the next family of the stack in the following round, so the rounds end
 * when a layout asks for nothing new. Then, in the families so found, the faces of every weight
 * and style whose unicode-range covers the text, for text that appears only in a running head or
 * a folio. Loading every covering face of every family instead (the Noto faces' Latin slices, the
 * CJK punctuation slices) fetched and decoded some sixty faces the workbook never prints in.
 */
export async function loadFontsInUse(document: Document): Promise<void> {
  const families = new Set([...(await facesLayoutAsksFor(document))].map((face) => face.family));
  const codePoints = new Set<number>();
  for (const character of document.body.textContent) codePoints.add(character.codePointAt(0) ?? 0);
  const wanted = [...document.fonts].filter(
    (face) =>
      face.status === 'unloaded' &&
      families.has(face.family) &&
      coversAny(parseUnicodeRange(face.unicodeRange), codePoints),
  );
  // A face that fails to load leaves its text to the next family in the stack; the renderer's
  // font check refuses a PDF set in a font that is not the workbook's.
  await Promise.all(wanted.map((face) => face.load().catch(() => undefined)));
  await document.fonts.ready;
}

/** At most one round per family of the stack, and one to see that nothing more is asked for. */
const MAX_ROUNDS = 12;

async function facesLayoutAsksFor(document: Document): Promise<Set<FontFace>> {
  let asked = new Set<FontFace>();
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    // Reading a box forces style and layout now: shaping the text requests the faces it needs.
    document.body.getBoundingClientRect();
    await document.fonts.ready;
    const now = new Set([...document.fonts].filter((face) => face.status !== 'unloaded'));
    if (now.size === asked.size) break;
    asked = now;
  }
  return asked;
}

function coversAny(ranges: readonly [number, number][], codePoints: ReadonlySet<number>): boolean {
  for (const codePoint of codePoints) {
    if (ranges.some(([from, to]) => codePoint >= from && codePoint <= to)) return true;
  }
  return false;
}
