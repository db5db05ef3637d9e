import { brotliDecompressSync } from 'node:zlib';

/**
 * The code points a WOFF2 font maps to a glyph, read from its `cmap` table (formats 4 and 12).
 * WOFF2 (https://www.w3.org/TR/WOFF2/) is one Brotli stream of the font's tables; `cmap` is never
 * transformed, so it can be cut out of that stream as it is, without rebuilding the font.
 */
export function woff2CodePoints(file: Uint8Array): Set<number> {
  const data = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (data.getUint32(0) !== 0x774f4632) throw new Error('not a WOFF2 file (no "wOF2" signature)');
  const numTables = data.getUint16(12);
  const compressedSize = data.getUint32(20);
  let offset = 48;
  const readBase128 = (): number => {
    let value = 0;
    for (let index = 0; index < 5; index += 1) {
      const byte = data.getUint8(offset++);
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) return value;
    }
    throw new Error('bad UIntBase128 in the WOFF2 table directory');
  };

  let cmapStart: number | undefined;
  let cmapLength = 0;
  let streamOffset = 0;
  for (let table = 0; table < numTables; table += 1) {
    const flags = data.getUint8(offset++);
    const tagIndex = flags & 0x3f;
    if (tagIndex === 0x3f) offset += 4; // an explicit tag that is not in the known-tags list
    const transform = flags >> 6;
    const originalLength = readBase128();
    // glyf (10) and loca (11) are transformed unless version 3; other tables only if version ≠ 0.
    const transformed = tagIndex === 10 || tagIndex === 11 ? transform !== 3 : transform !== 0;
    const length = transformed ? readBase128() : originalLength;
    if (tagIndex === 0) {
      cmapStart = streamOffset;
      cmapLength = length;
    }
    streamOffset += length;
  }
  if (cmapStart === undefined) throw new Error('the WOFF2 file has no cmap table');
  const tables = brotliDecompressSync(file.subarray(offset, offset + compressedSize));
  return cmapCodePoints(new DataView(tables.buffer, tables.byteOffset + cmapStart, cmapLength));
}

function cmapCodePoints(cmap: DataView): Set<number> {
  const points = new Set<number>();
  const subtables = cmap.getUint16(2);
  for (let index = 0; index < subtables; index += 1) {
    const start = cmap.getUint32(4 + index * 8 + 4);
    const format = cmap.getUint16(start);
    if (format === 4) readFormat4(cmap, start, points);
    else if (format === 12) readFormat12(cmap, start, points);
  }
  return points;
}

function readFormat4(cmap: DataView, start: number, points: Set<number>): void {
  const segments = cmap.getUint16(start + 6) / 2;
  const ends = start + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const first = cmap.getUint16(starts + segment * 2);
    const last = cmap.getUint16(ends + segment * 2);
    const delta = cmap.getUint16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = cmap.getUint16(rangeOffsetAt);
    for (let code = first; code <= last && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = cmap.getUint16(rangeOffsetAt + rangeOffset + (code - first) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(code);
    }
  }
}

function readFormat12(cmap: DataView, start: number, points: Set<number>): void {
  const groups = cmap.getUint32(start + 12);
  for (let group = 0; group < groups; group += 1) {
    const at = start + 16 + group * 12;
    const first = cmap.getUint32(at);
    const last = cmap.getUint32(at + 4);
    const glyph = cmap.getUint32(at + 8);
    for (let code = first; code <= last; code += 1) if (glyph + (code - first) !== 0) points.add(code);
  }
}
