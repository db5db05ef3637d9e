import type { z } from 'astro/zod';

/**
 * Whether the workbook's bundled fonts can print a piece of text, decided from the fonts'
 * character maps (precomputed by `npm run fonts:coverage` into printable-ranges.ts), never by
 * rendering. Attach it to any text field of a zod schema with one call:
 *
 *   z.string().superRefine(refinePrintable)
 *
 * ASCII is always printable and needs no table. Anything else is looked up in the table, which
 * is loaded on demand (loadPrintableRanges) so that the studio ships it only to someone who
 * types beyond ASCII. Until it is loaded the check passes such text: whoever gates printing loads
 * it first (the CLI at start, the studio before it validates such text).
 */

/** Sorted inclusive ranges of printable code points, once loaded. */
let ranges: Uint32Array | undefined;

/** Loads the table of printable characters; cheap to call again. */
export async function loadPrintableRanges(): Promise<void> {
  if (ranges) return;
  const { printableRanges } = await import('./printable-ranges.ts');
  ranges = decodeRanges(printableRanges);
}

/** Whether `text` has a character that needs the table (anything beyond printable ASCII). */
export function needsPrintableRanges(text: string): boolean {
  return /[^\n\r\x20-\x7e]/.test(text);
}

/**
 * The distinct characters of `text` that no bundled font covers, in order of appearance. Line
 * breaks are left to the field's own rules (a contact field splits on them).
 */
export function unprintableCharacters(text: string): string[] {
  if (!needsPrintableRanges(text) || !ranges) return [];
  const found = new Set<string>();
  for (const character of text) {
    if (character !== '\n' && character !== '\r' && !covered(ranges, character.codePointAt(0) ?? 0))
      found.add(character);
  }
  return [...found];
}

/**
 * The message for characters that cannot be printed, naming each by its code point (and showing
 * it, when it is visible): "U+E000 cannot be printed with the workbook's fonts; remove it".
 */
export function unprintableMessage(characters: readonly string[]): string {
  const named = characters.map((character) => {
    const point = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return /[\p{L}\p{N}\p{P}\p{S}]/u.test(character) && !/\p{Co}/u.test(character) ? `“${character}” ${point}` : point;
  });
  const them = characters.length === 1 ? 'it' : 'them';
  return `${named.join(', ')} cannot be printed with the workbook's fonts; remove ${them}`;
}

/** A zod refinement for a text field: one issue naming every character no bundled font covers. */
export function refinePrintable(value: string, context: z.RefinementCtx): void {
  const characters = unprintableCharacters(value);
  if (characters.length > 0)
    context.addIssue({ code: 'custom', message: unprintableMessage(characters), input: value });
}

/** Decodes the table's text form: base-36 numbers, alternately the gap before a range and its length less one. */
export function decodeRanges(encoded: string): Uint32Array {
  const numbers = encoded.split(',').map((part) => parseInt(part, 36));
  const decoded = new Uint32Array(numbers.length);
  let previous = -1;
  for (let index = 0; index + 1 < numbers.length; index += 2) {
    const first = previous + 1 + (numbers[index] ?? 0);
    const last = first + (numbers[index + 1] ?? 0);
    decoded[index] = first;
    decoded[index + 1] = last;
    previous = last;
  }
  return decoded;
}

/** Encodes ranges for printable-ranges.ts (see decodeRanges). */
export function encodeRanges(list: readonly (readonly [number, number])[]): string {
  let previous = -1;
  return list
    .flatMap(([first, last]) => {
      const pair = [first - previous - 1, last - first];
      previous = last;
      return pair.map((number) => number.toString(36));
    })
    .join(',');
}

function covered(table: Uint32Array, code: number): boolean {
  let low = 0;
  let high = table.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < (table[middle * 2] ?? 0)) high = middle - 1;
    else if (code > (table[middle * 2 + 1] ?? 0)) low = middle + 1;
    else return true;
  }
  return false;
}
