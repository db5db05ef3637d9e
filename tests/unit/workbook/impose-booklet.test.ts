import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { imposeBooklet } from '../../../workbook/pdf/impose-booklet.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { saddleStitchOrder } from '../../../workbook/pdf/saddle-stitch-order.ts';
import { sha256 } from '../../support/pdf-inspect.ts';
import { tinyPdf } from '../../support/tiny-pdf.ts';

const LETTER_LANDSCAPE = { width: 792, height: 612 };
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const A5 = { width: 419.53, height: 595.28 };

/** tinyPdf draws each label 36 pt in from the page's left edge and 72 pt down from its top. */
const LABEL_INSET = 36;
const LABEL_DROP = 72;

function halfPages(count: number, size: { width: number; height: number } = { width: 396, height: 612 }) {
  return tinyPdf(Array.from({ length: count }, (_, index) => ({ text: `Page ${index + 1}`, ...size })));
}

/** readPdfText runs two labels on one baseline together ("Page 8Page 1"), so split them back out. */
function labels(pageText: string): string[] {
  return pageText.match(/Page \d+/g) ?? [];
}

interface PlacedText {
  text: string;
  x: number;
  y: number;
  scale: number;
}

/** Each page's text items with where pdf.js places them, to check left/right and 100 % scale. */
async function placedText(bytes: Uint8Array): Promise<PlacedText[][]> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const pages: PlacedText[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const { items } = await (await pdf.getPage(number)).getTextContent();
      pages.push(
        items.flatMap((item) => {
          if (!('str' in item) || !item.str.trim()) return [];
          // pdf.js types the text matrix loosely: [a, b, c, d, e, f], scale in a, origin in e and f.
          const [scale = NaN, , , , x = NaN, y = NaN] = item.transform as number[];
          return [{ text: item.str, x, y, scale }];
        }),
      );
    }
    return pages;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

describe('saddleStitchOrder', () => {
  it('puts 4 pages on one sheet', () => {
    expect(saddleStitchOrder(4)).toEqual([
      { sheet: 0, side: 'front', left: 4, right: 1 },
      { sheet: 0, side: 'back', left: 2, right: 3 },
    ]);
  });

  it('nests 8 pages on two sheets, outermost first', () => {
    expect(saddleStitchOrder(8)).toEqual([
      { sheet: 0, side: 'front', left: 8, right: 1 },
      { sheet: 0, side: 'back', left: 2, right: 7 },
      { sheet: 1, side: 'front', left: 6, right: 3 },
      { sheet: 1, side: 'back', left: 4, right: 5 },
    ]);
  });

  it('nests 12 pages on three sheets', () => {
    expect(saddleStitchOrder(12)).toEqual([
      { sheet: 0, side: 'front', left: 12, right: 1 },
      { sheet: 0, side: 'back', left: 2, right: 11 },
      { sheet: 1, side: 'front', left: 10, right: 3 },
      { sheet: 1, side: 'back', left: 4, right: 9 },
      { sheet: 2, side: 'front', left: 8, right: 5 },
      { sheet: 2, side: 'back', left: 6, right: 7 },
    ]);
  });

  it('refuses a page count that is not a positive multiple of 4, saying how to pad', () => {
    expect(() => saddleStitchOrder(6)).toThrow(
      'A saddle-stitched booklet needs a positive multiple of 4 pages (one folded sheet holds 4); got 6. ' +
        'Pad it with Notes pages to 8 before imposing.',
    );
    expect(() => saddleStitchOrder(0)).toThrow(/positive multiple of 4 pages.*got 0/);
  });
});

describe('imposeBooklet', () => {
  it('imposes 8 Letter half pages on two Letter landscape sheets, both sides', async () => {
    const imposed = await imposeBooklet(await halfPages(8), LETTER_LANDSCAPE);
    const { pages, sizes } = await readPdfText(imposed);
    expect(sizes).toEqual(Array.from({ length: 4 }, () => LETTER_LANDSCAPE));
    expect(pages.map(labels)).toEqual([
      ['Page 8', 'Page 1'],
      ['Page 2', 'Page 7'],
      ['Page 6', 'Page 3'],
      ['Page 4', 'Page 5'],
    ]);
  });

  it('places the left page against the fold from the left and the right page from the fold, at 100 %', async () => {
    const placed = await placedText(await imposeBooklet(await halfPages(8), LETTER_LANDSCAPE));
    expect(placed[0]).toEqual([
      { text: 'Page 8', x: LABEL_INSET, y: 612 - LABEL_DROP, scale: 12 },
      { text: 'Page 1', x: 396 + LABEL_INSET, y: 612 - LABEL_DROP, scale: 12 },
    ]);
    for (const side of placed) {
      const [left, right] = side;
      expect(side).toHaveLength(2);
      expect(left!.x).toBeLessThan(LETTER_LANDSCAPE.width / 2);
      expect(right!.x).toBeGreaterThan(LETTER_LANDSCAPE.width / 2);
    }
  });

  it('imposes A5 pages on A4 landscape, meeting at the fold', async () => {
    const imposed = await imposeBooklet(await halfPages(4, A5), A4_LANDSCAPE);
    const { pages, sizes } = await readPdfText(imposed);
    expect(pages.map(labels)).toEqual([
      ['Page 4', 'Page 1'],
      ['Page 2', 'Page 3'],
    ]);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(A4_LANDSCAPE.width, 2);
      expect(size.height).toBeCloseTo(A4_LANDSCAPE.height, 2);
    }
    const [left, right] = (await placedText(imposed))[0]!;
    const fold = A4_LANDSCAPE.width / 2;
    expect(left!.x).toBeCloseTo(fold - A5.width + LABEL_INSET, 2);
    expect(right!.x).toBeCloseTo(fold + LABEL_INSET, 2);
  });

  it('centres a shorter half page vertically', async () => {
    const imposed = await imposeBooklet(await halfPages(4, { width: 396, height: 540 }), LETTER_LANDSCAPE);
    const [left, right] = (await placedText(imposed))[0]!;
    const bottomMargin = (612 - 540) / 2;
    expect(left!.y).toBeCloseTo(bottomMargin + 540 - LABEL_DROP, 2);
    expect(right!.y).toBeCloseTo(bottomMargin + 540 - LABEL_DROP, 2);
  });

  it('gives byte-identical output for the same input', async () => {
    const input = await halfPages(8);
    const first = await imposeBooklet(input, LETTER_LANDSCAPE);
    const second = await imposeBooklet(input, LETTER_LANDSCAPE);
    expect(sha256(second)).toBe(sha256(first));
    expect(Buffer.from(first).toString('latin1')).not.toMatch(/\/(CreationDate|ModDate|ID)\b/);
  });

  it('refuses a page count that is not a multiple of 4', async () => {
    await expect(imposeBooklet(await halfPages(6), LETTER_LANDSCAPE)).rejects.toThrow(
      /positive multiple of 4 pages.*got 6\. Pad it with Notes pages to 8/,
    );
  });

  it('refuses pages too big for the sheet', async () => {
    await expect(imposeBooklet(await halfPages(4, { width: 612, height: 792 }), LETTER_LANDSCAPE)).rejects.toThrow(
      'Two 612 × 792 pt pages do not fit side by side on a 792 × 612 pt sheet (they need 1224 × 792 pt).',
    );
    await expect(imposeBooklet(await halfPages(4, { width: 396, height: 700 }), LETTER_LANDSCAPE)).rejects.toThrow(
      /do not fit side by side/,
    );
  });

  it('refuses pages of different sizes', async () => {
    const mixed = await tinyPdf([
      { text: 'Page 1' },
      { text: 'Page 2' },
      { text: 'Page 3', width: 419.53, height: 595.28 },
      { text: 'Page 4' },
    ]);
    await expect(imposeBooklet(mixed, LETTER_LANDSCAPE)).rejects.toThrow(/page 3 is 419\.53 × 595\.28 pt/);
  });
});
