import { describe, expect, it } from 'vitest';
import { parseUnicodeRange } from '../../workbook/print/runtime/unicode-range.ts';

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards, as fontsource writes them', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131, U+4??')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it('reads the default range of a face that names none', () => {
    expect(parseUnicodeRange('U+0-10FFFF')).toEqual([[0, 0x10ffff]]);
  });
});
