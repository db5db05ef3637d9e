import { readFileSync } from 'node:fs';
import { bundledFaces, fontSettings, fontStack, type BundledFace, type FontSetting } from './bundled-faces.ts';
import { woff2CodePoints } from './woff2-cmap.ts';

/**
 * The weights names are printed at, per stack (the practice at 600, contact lines at 400, both
 * upright; large print has only 400 and 700, and sets 600 in 700): a family covers a character
 * only if it has it at each, or Chromium would reach for the machine's fonts for the other.
 */
export const NAME_WEIGHTS = { book: [400, 600], largePrint: [400, 700] } as const satisfies Record<
  FontSetting,
  readonly number[]
>;

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
 * a stack, what its faces' character maps hold within their unicode-range, at every name weight;
 * then all families of the stack together; then what every stack covers, since a name typed once
 * may be printed in the book's stack or in large print's; and the characters that need no glyph.
 */
export function computePrintableRanges(): [number, number][] {
  const faces = bundledFaces().filter((face) => face.style === 'normal');
  const stacks = fontSettings.map((setting) => coveredByStack(faces, setting));
  const printable = stacks.reduce((both, stack) => both.map((flag, code) => flag & (stack[code] ?? 0)));
  // Control characters are never text, whatever a font maps them to (Noto Emoji maps U+0000).
  printable.fill(0, 0, 0x20);
  printable.fill(0, 0x7f, 0xa0);
  for (const [first, last] of NO_GLYPH) printable.fill(1, first, last + 1);
  return toRanges(printable);
}

function coveredByStack(faces: readonly BundledFace[], setting: FontSetting): Uint8Array {
  const covered = new Uint8Array(0x110000);
  for (const family of fontStack(setting)) {
    const ofFamily = faces.filter((face) => face.family === family);
    const weights = [...new Set(ofFamily.map((face) => face.weight))];
    const perWeight = NAME_WEIGHTS[setting].map((wanted) => {
      const weight = matchedWeight(weights, wanted);
      return coveredBy(ofFamily.filter((face) => face.weight === weight));
    });
    const [first, ...others] = perWeight;
    if (!first) continue;
    for (const code of first) if (others.every((inOthers) => inOthers.has(code))) covered[code] = 1;
  }
  return covered;
}

/**
 * The weight CSS font matching picks from a family's `available` faces for `wanted` (CSS Fonts 4
 * §5.2): Noto Emoji, bundled at 400 and 600, sets large print's bold in 600.
 */
export function matchedWeight(available: readonly number[], wanted: number): number | undefined {
  if (available.includes(wanted)) return wanted;
  const up = available.filter((weight) => weight > wanted).sort((a, b) => a - b);
  const down = available.filter((weight) => weight < wanted).sort((a, b) => b - a);
  if (wanted > 500) return up[0] ?? down[0];
  if (wanted < 400) return down[0] ?? up[0];
  const upTo500 = up.filter((weight) => weight <= 500);
  return upTo500[0] ?? down[0] ?? up[0];
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
