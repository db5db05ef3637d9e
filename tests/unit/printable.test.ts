import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionSchemaFor } from '../../workbook/edition/edition-schema.ts';
import { matchedWeight } from '../../workbook/fonts/compute-coverage.ts';
import { printableRangesModule } from '../../workbook/fonts/printable-ranges-module.ts';
import { printableRanges } from '../../workbook/fonts/printable-ranges.ts';
import {
  decodeRanges,
  encodeRanges,
  loadPrintableRanges,
  needsPrintableRanges,
  unprintableCharacters,
  unprintableMessage,
} from '../../workbook/fonts/printable.ts';
import { formatIssues } from '../../src/lib/friendly-error.ts';
import { namesInEveryScript } from '../fixtures/names-in-every-script.ts';

beforeAll(async () => {
  await loadPrintableRanges();
});

describe('what the bundled fonts can print', () => {
  it('is up to date with the installed font packages and the font sheets (npm run fonts:coverage)', () => {
    expect(readFileSync('workbook/fonts/printable-ranges.ts', 'utf8')).toBe(printableRangesModule());
  }, 60_000);

  it.each(Object.entries(namesInEveryScript))('covers %s: %s', (_script, name) => {
    expect(unprintableCharacters(name)).toEqual([]);
  });

  it('holds only what both stacks print: an ideograph Noto Serif SC has and no Noto Sans face has is refused', () => {
    // U+3578 is in the serif CJK faces' slices, not the sans ones': large print could not print it.
    expect(unprintableCharacters('\u3578')).toEqual(['\u3578']);
    expect(unprintableCharacters('\u4e00')).toEqual([]);
  });

  it('counts a weight a family lacks as the one CSS would set it in (Noto Emoji’s 600 for bold)', () => {
    expect(matchedWeight([400, 600], 700)).toBe(600);
    expect(matchedWeight([400, 700], 600)).toBe(700);
    expect(matchedWeight([400, 700], 400)).toBe(400);
    expect(matchedWeight([300, 700], 450)).toBe(300);
    expect(matchedWeight([], 400)).toBeUndefined();
  });

  it('refuses private-use, unassigned and control characters, each named once by its code point', () => {
    expect(unprintableCharacters('Hope \uE000 and \uE000 again')).toEqual(['\uE000']);
    expect(unprintableCharacters('a\u0378b\u0007c\u{10FFFD}')).toEqual(['\u0378', '\u0007', '\u{10FFFD}']);
    // Egyptian hieroglyphs: real letters, but in no font we ship.
    expect(unprintableCharacters('𓀀')).toEqual(['𓀀']);
  });

  it('leaves line breaks to the fields and joiners and variation selectors to the shaper', () => {
    expect(unprintableCharacters('One\nTwo\r\n')).toEqual([]);
    expect(unprintableCharacters('❤\uFE0F 👩\u200D💻 a\u00ADb')).toEqual([]);
  });

  it('needs no table for ASCII, which every visitor types', () => {
    expect(needsPrintableRanges('Hope Counselling | 020 7946 0000\nhope.example')).toBe(false);
    expect(needsPrintableRanges('Zoë')).toBe(true);
    // After the tab, the table's first range is the whole of printable ASCII: the shortcut is sound.
    expect([...decodeRanges(printableRanges).slice(0, 4)]).toEqual([0x09, 0x09, 0x20, 0x7e]);
  });

  it('encodes ranges compactly and decodes them as they were', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0xa0, 0xa0],
      [0x1f600, 0x1f64f],
    ];
    expect([...decodeRanges(encodeRanges(ranges))]).toEqual(ranges.flat());
    expect(printableRanges.length).toBeLessThan(20_000);
  });

  it('words its message as the issue asks', () => {
    expect(unprintableMessage(['\uE000'])).toBe("U+E000 cannot be printed with the workbook's fonts; remove it");
    expect(unprintableMessage(['𓀀', '\u0378'])).toBe(
      "“𓀀” U+13000, U+0378 cannot be printed with the workbook's fonts; remove them",
    );
  });

  it('is part of the edition model: practice and contact fields say which characters to remove', () => {
    const result = editionSchemaFor({ chapterCount: 10 }).safeParse({
      practice: 'Hope \uE000',
      contact: 'ok | bad \uE001',
    });
    expect(result.success).toBe(false);
    expect(formatIssues('workbook', result.error?.issues ?? [])).toBe(
      [
        "workbook → practice: U+E000 cannot be printed with the workbook's fonts; remove it.",
        "workbook → contact: U+E001 cannot be printed with the workbook's fonts; remove it.",
      ].join('\n'),
    );
    expect(
      editionSchemaFor({ chapterCount: 10 }).safeParse({ practice: namesInEveryScript.Arabic, contact: 'שלום | 💬' })
        .success,
    ).toBe(true);
  });
});
