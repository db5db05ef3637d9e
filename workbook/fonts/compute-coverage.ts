import { readFileSync } from 'node:fs';
import { bundledFaces, fontStack, type BundledFace } from './bundled-faces.ts';
import { woff2CodePoints } from './woff2-cmap.ts';

/**
 * The weights names are printed at (the practice at 600, contact lines at 400, both upright): a
 * family covers a character only if it has it at each, or Chromium would reach for the machine's
 * fonts for the other.
 */
export const NAME_WEIGHTS = [400, 600] as const;

/**
 * Characters that need no glyph: Unicode's default ignorables (joiners, variation selectors,
 * direction marks, the byte order mark…), which Chromium draws as nothing, and the tab, which
 * CSS collapses to a space.
 */
const NO_GLYPH: readonly [number, number][] = [
  [0x09, 0x09],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfff8],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];

/**
 * The code points the workbook can print a name in, as sorted inclusive ranges: for each family of
 * the stack, what its faces' character maps hold within their unicode-range, at every name weight;
 * then all families together, and the characters that need no glyph.
 */
export function computePrintableRanges(): [number, number][] {
  const faces = bundledFaces().filter((face) => face.style === 'normal');
  const printable = new Uint8Array(0x110000);
  for (const family of fontStack()) {
    const perWeight = NAME_WEIGHTS.map((weight) =>
      coveredBy(faces.filter((face) => face.family === family && face.weight === weight)),
    );
    const [first, ...others] = perWeight;
    if (!first) continue;
    for (const code of first) if (others.every((covered) => covered.has(code))) printable[code] = 1;
  }
  // Control characters are never text, whatever a font maps them to (Noto Emoji maps U+0000).
  printable.fill(0, 0, 0x20);
  printable.fill(0, 0x7f, 0xa0);
  for (const [first, last] of NO_GLYPH) printable.fill(1, first, last + 1);
  return toRanges(printable);
}

function coveredBy(faces: readonly BundledFace[]): Set<number> {
  const covered = new Set<number>();
  for (const face of faces) {
    const inRange = (code: number) => face.ranges.some(([first, last]) => code >= first && code <= last);
    for (const code of woff2CodePoints(readFileSync(face.file))) if (inRange(code)) covered.add(code);
  }
  return covered;
}

function toRanges(flags: Uint8Array): [number, number][] {
  const ranges: [number, number][] = [];
  let start = -1;
  for (let code = 0; code <= flags.length; code += 1) {
    const on = code < flags.length && flags[code] === 1;
    if (on && start < 0) start = code;
    if (!on && start >= 0) {
      ranges.push([start, code - 1]);
      start = -1;
    }
  }
  return ranges;
}
