import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from '../../../workbook/fonts/woff-to-sfnt.ts';

const require = createRequire(import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(require.resolve(`@fontsource/literata/files/${name}`)));

describe('woffToSfnt', () => {
  it('gives back the same font as a TrueType file: every glyph, every character', () => {
    const woff = file('literata-latin-400-normal.woff');
    const sfnt = woffToSfnt(woff);
    const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
    expect(view.getUint32(0)).toBe(0x00010000); // TrueType outlines
    const unwrapped = fontkit.create(Buffer.from(sfnt));
    const original = fontkit.create(Buffer.from(woff));
    expect(unwrapped.postscriptName).toBe('Literata-Regular');
    expect(unwrapped.numGlyphs).toBe(original.numGlyphs);
    expect(unwrapped.characterSet).toEqual(original.characterSet);
    expect(unwrapped.layout('Trust, é').advanceWidth).toBe(original.layout('Trust, é').advanceWidth);
  });

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => woffToSfnt(file('literata-latin-400-normal.woff2'))).toThrow('not a WOFF 1.0 file');
  });
});
