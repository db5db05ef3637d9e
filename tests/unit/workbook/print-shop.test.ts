import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cropMarks, printShopBoxes, setPrintShopBoxes } from '../../../workbook/pdf/set-print-shop-boxes.ts';
import { printShopLine } from '../../../workbook/print/print-shop-line.ts';
import { printShopProblems } from '../../support/print-shop.ts';
import { tinyPdf } from '../../support/tiny-pdf.ts';

const letter = { width: 612, height: 792 };

describe('the print-shop boxes', () => {
  it('keep the finished page where it is and grow the bleed and the sheet around it', () => {
    const boxes = printShopBoxes(letter, 3);
    expect(boxes.trim).toEqual([0, 0, 612, 792]);
    const bleed = (3 / 25.4) * 72;
    expect(boxes.bleed).toEqual([-bleed, -bleed, 612 + bleed, 792 + bleed]);
    expect(boxes.media[0]).toBeLessThan(boxes.bleed[0]);
  });

  it('put eight crop marks on the trim lines, each wholly outside the bleed', () => {
    const marks = cropMarks(letter, 5);
    expect(marks).toHaveLength(8);
    const bleed = (5 / 25.4) * 72;
    for (const [ax, ay, bx, by] of marks) {
      const beyond = (v: number, low: number, high: number) => v < low - bleed || v > high + bleed;
      expect(beyond(ax, 0, 612) || beyond(ay, 0, 792)).toBe(true);
      expect(beyond(bx, 0, 612) || beyond(by, 0, 792)).toBe(true);
    }
  });

  it('are set on every page of a real PDF, which a print shop’s checks then pass', async () => {
    const doc = await PDFDocument.load(
      await tinyPdf([
        { text: 'one', ...letter },
        { text: 'two', ...letter },
      ]),
    );
    expect(printShopProblems(doc, letter, 3)).not.toEqual([]);
    setPrintShopBoxes(doc, letter, 3);
    const saved = await PDFDocument.load(await doc.save());
    expect(printShopProblems(saved, letter, 3)).toEqual([]);
  });
});

describe('the imprint’s line for a print shop', () => {
  it('names the paper, the trim size, the bleed and the binding', () => {
    expect(printShopLine({ paper: 'a4', booklet: false, bleed: '3' })).toBe(
      'For the print shop: A4, trimmed to 210 × 297 mm (3 mm bleed and crop marks on every page), printed on both sides; a coil or wire binding on the long edge, so the book lies flat to write in.',
    );
    expect(printShopLine({ paper: 'letter', booklet: true, bleed: '3.175' })).toMatch(
      /^For the print shop: US Letter sheets, trimmed to 279\.4 × 215\.9 mm \(3\.175 mm bleed .*folded to 139\.7 × 215\.9 mm and saddle-stitched/,
    );
  });
});
