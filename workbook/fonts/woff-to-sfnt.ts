import { inflateSync } from 'node:zlib';

/**
 * The TrueType/OpenType file inside a WOFF 1.0 file (https://www.w3.org/TR/WOFF/). A PDF embeds
 * font programs, never WOFF; WOFF 1.0 is the font's tables each zlib-compressed (or stored when
 * that saved nothing), so unwrapping is inflating each table back into an sfnt table directory.
 * The tables are the font's own, byte for byte: nothing is subset.
 */
export function woffToSfnt(file: Uint8Array): Uint8Array {
  const woff = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (woff.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file (no "wOFF" signature)');
  const flavor = woff.getUint32(4);
  const numTables = woff.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, index) => {
    const entry = 44 + index * 20;
    const offset = woff.getUint32(entry + 4);
    const compressedLength = woff.getUint32(entry + 8);
    const length = woff.getUint32(entry + 12);
    const stored = file.subarray(offset, offset + compressedLength);
    const data = compressedLength < length ? inflateSync(stored) : stored;
    if (data.length !== length) throw new Error('a WOFF table does not inflate to its stated length');
    return { tag: woff.getUint32(entry), checksum: woff.getUint32(entry + 16), data };
  });

  const padded = (length: number) => (length + 3) & ~3;
  const directoryLength = 12 + numTables * 16;
  const total = tables.reduce((sum, table) => sum + padded(table.data.length), directoryLength);
  const sfnt = new Uint8Array(total);
  const out = new DataView(sfnt.buffer);
  // The binary-search fields of the sfnt header, from the table count (OpenType spec, "Table Directory").
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  out.setUint32(0, flavor);
  out.setUint16(4, numTables);
  out.setUint16(6, searchRange);
  out.setUint16(8, entrySelector);
  out.setUint16(10, numTables * 16 - searchRange);
  let offset = directoryLength;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    out.setUint32(record, table.tag);
    out.setUint32(record + 4, table.checksum);
    out.setUint32(record + 8, offset);
    out.setUint32(record + 12, table.data.length);
    sfnt.set(table.data, offset);
    offset += padded(table.data.length);
  });
  return sfnt;
}
