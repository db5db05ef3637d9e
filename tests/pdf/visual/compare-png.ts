import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** pixelmatch's per-pixel colour tolerance (0–1): antialiasing noise, not design changes. */
export const PIXEL_THRESHOLD = 0.1;
/**
 * Share of pixels that may differ before a page counts as changed. The pinned Chromium and pdf.js
 * draw the same PDF identically, so unchanged pages differ by 0; a dropped running head is only
 * 0.01 % of a page, so the limit sits well below that (about 15 pixels).
 */
export const MAX_DIFFERENT_SHARE = 0.00002;

export interface PngComparison {
  /** Share of pixels that differ (1 when the sizes differ). */
  differentShare: number;
  /** Why the images cannot be compared pixel by pixel, if they cannot. */
  sizeMismatch?: string;
  /** The diff image: changed pixels in red over a faded copy of the reference. */
  diff?: Buffer;
}

export function comparePngs(actual: Buffer, reference: Buffer): PngComparison {
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(reference);
  if (a.width !== b.width || a.height !== b.height) {
    return {
      differentShare: 1,
      sizeMismatch: `${a.width}×${a.height} rendered, ${b.width}×${b.height} in the reference`,
    };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const different = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  return { differentShare: different / (a.width * a.height), diff: PNG.sync.write(diff) };
}

/** Writes a file, creating its folder. */
export function writeImage(file: string, bytes: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

/** Re-encodes an opaque page image as 8-bit RGB at maximum compression, to keep references small. */
export function compactPng(bytes: Buffer): Buffer {
  return PNG.sync.write(PNG.sync.read(bytes), { colorType: 2, inputHasAlpha: true, deflateLevel: 9 });
}
