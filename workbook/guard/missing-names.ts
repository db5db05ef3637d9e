import { readActualText } from '../pdf/read-actual-text.ts';
import { findMissingText } from './completeness.ts';

const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/**
 * The names (practice, contact lines) a PDF does not show. A name in a script whose glyphs are
 * not its letters (Arabic, Devanagari…) reads right only through Chromium's ActualText, so what
 * pdf.js cannot find is looked for again that way. A line that mixes directions is laid out in
 * visual order, which no reader can undo in general: such a line is found when each of its words is.
 */
export async function findMissingNames(
  required: readonly string[],
  pages: readonly string[],
  pdf: Uint8Array,
): Promise<string[]> {
  if (findMissingText(required, pages).length === 0) return [];
  const read = [...pages, ...(await readActualText(pdf))];
  const shown = (name: string) =>
    findMissingText([name], read).length === 0 ||
    (RIGHT_TO_LEFT.test(name) && findMissingText(name.split(/\s+/), read).length === 0);
  return findMissingText(
    required.filter((name) => !shown(name)),
    read,
  );
}
