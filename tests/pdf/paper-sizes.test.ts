import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { standardFileNames } from '../../workbook/edition/standard-editions.ts';
import { bookletPages } from '../../workbook/page/booklet-pages.ts';
import { requireDist } from '../support/built-site.ts';

/** ISO A4 and US Letter in points, and the booklets' landscape sheets. */
const expected: Record<string, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
  'booklet-a4': bookletPages.a4.sheet,
  'booklet-letter': bookletPages.letter.sheet,
};

requireDist();
const published = readdirSync('dist/downloads').filter((file) => file.endsWith('.pdf'));

describe('published PDFs are the exact paper', () => {
  it('publishes every standard edition, and the fillable twins', () => {
    expect(published.sort()).toEqual([...standardFileNames].sort());
  });

  it.each(published)('%s: every page within 0.1 pt of its paper', async (file) => {
    const paper =
      /booklet-(a4|letter)\.pdf$/.exec(file)?.[0].replace('.pdf', '') ?? /(a4|letter)\.pdf$/.exec(file)?.[1];
    const size = expected[paper ?? ''];
    if (!size) throw new Error(`${file} names no paper`);
    const doc = await PDFDocument.load(readFileSync(path.join('dist/downloads', file)), { updateMetadata: false });
    for (const page of doc.getPages()) {
      const box = page.getMediaBox();
      expect(Math.abs(box.width - size.width), `${file}: width ${box.width}`).toBeLessThanOrEqual(0.1);
      expect(Math.abs(box.height - size.height), `${file}: height ${box.height}`).toBeLessThanOrEqual(0.1);
    }
  });
});
