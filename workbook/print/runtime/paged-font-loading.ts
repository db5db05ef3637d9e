import { Chunker } from 'pagedjs';
import { parseUnicodeRange } from './unicode-range.ts';

/** What the document's text is set in: the families layout reaches, and the characters set. */
export interface FontsInUse {
  families: ReadonlySet<string>;
  codePoints: ReadonlySet<number>;
}

/**
 * Makes Paged.js load the faces in use, and only those, at the moment it loads fonts.
 *
 * Paged.js 0.4.3 loads every face in document.fonts before it lays out a page
 * (Chunker.prototype.loadFonts). With fonts cut into unicode-range slices that means fetching
 * every slice of every face the workbook bundles, about a thousand files, to print a few.
 *
 * The moment matters as much as the choice. Paged.js removes the page's style sheets and inserts
 * its own rewritten copies before it lays out, so every @font-face becomes a new FontFace,
 * unloaded, even when the same file was loaded a moment before. Loaded any earlier, the faces
 * are lost with the old sheets; `document.fonts.ready` alone resolves at once (nothing is
 * pending yet), the first pages are measured in a fallback font, and the real face arrives in
 * the middle of layout, at a moment that depends on how warm the browser's cache is. A second
 * render in the same browser then broke pages differently from the first.
 */
export function loadFontsWhenPagedJsDoes(document: Document, inUse: FontsInUse): void {
  Chunker.prototype.loadFonts = () => loadFaces(document, inUse);
}

/**
 * Finds the faces the document's text is set in, before Paged.js starts (its text is still in
 * the document then, to be laid out).
 *
 * Which faces: the ones Chromium itself asks for when it lays the text out, as a native print
 * does. Each round lays the page out and waits for what that requested; a face that lacks a
 * glyph sends Chromium to the next family of the stack in the following round, so the rounds end
 * when a layout asks for nothing new. Then, in the families so found, the faces of every weight
 * and style whose unicode-range covers the text, for text that appears only in a running head or
 * a folio. Loading every covering face of every family instead (the Noto faces' Latin slices, the
 * CJK punctuation slices) fetched and decoded some sixty faces the workbook never prints in.
 */
export async function findFontsInUse(document: Document): Promise<FontsInUse> {
  const families = new Set([...(await facesLayoutAsksFor(document))].map((face) => face.family));
  const codePoints = new Set<number>();
  for (const character of document.body.textContent) codePoints.add(character.codePointAt(0) ?? 0);
  return { families, codePoints };
}

/** The document's loaded faces, each named by its descriptors (the same in every part of a book). */
export function loadedFaces(document: Document): string[] {
  return [...document.fonts].filter((face) => face.status === 'loaded').map(faceKey);
}

/**
 * Loads the faces `names` (loadedFaces of another part of the book) in this document: the pages
 * moved in from a later part may be set in faces this part's own text never needed.
 */
export async function loadFacesNamed(document: Document, names: Iterable<string>): Promise<void> {
  const wanted = new Set(names);
  const faces = [...document.fonts].filter((face) => face.status === 'unloaded' && wanted.has(faceKey(face)));
  await Promise.all(faces.map((face) => face.load().catch(() => undefined)));
  await document.fonts.ready;
}

function faceKey(face: FontFace): string {
  return [face.family, face.style, face.weight, face.stretch, face.unicodeRange].join('|');
}

/** Loads the document's current faces that `inUse` covers, and waits for every pending load. */
async function loadFaces(document: Document, { families, codePoints }: FontsInUse): Promise<void> {
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
