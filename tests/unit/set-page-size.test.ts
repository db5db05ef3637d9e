import { PDFArray, PDFDocument, PDFRawStream, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { paperSizes } from '../../workbook/page/paper-sizes.ts';
import { postprocessPdf, type PdfMeta } from '../../workbook/pdf/postprocess.ts';
import { paperPoints, setPageSize } from '../../workbook/pdf/set-page-size.ts';
import { tinyPdf } from '../support/tiny-pdf.ts';

const meta: PdfMeta = {
  title: 'T',
  author: 'A',
  subject: 'S',
  keywords: ['k'],
  creator: 'C',
  producer: 'P',
  language: 'en',
  date: new Date('2025-01-01T00:00:00Z'),
};

/** The page's drawing instructions, as stored. */
function contentOf(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .map((stream) => (stream instanceof PDFRawStream ? Buffer.from(stream.contents).toString('hex') : ''))
    .join('|');
}

describe('exact paper sizes', () => {
  it('knows A4 and US Letter in points', () => {
    expect(paperPoints(paperSizes.a4)).toEqual({ width: 595.28, height: 841.89 });
    expect(paperPoints(paperSizes.letter)).toEqual({ width: 612, height: 792 });
  });

  it('sets the page to the paper without scaling or moving what is on it', async () => {
    // What Chromium gives for A4: 594.96 × 841.92.
    const input = await tinyPdf([
      { text: 'One', width: 594.96, height: 841.92 },
      { text: 'Two', width: 594.96, height: 841.92 },
    ]);
    const before = await PDFDocument.load(input);
    const contentBefore = before.getPages().map((page) => contentOf(page));
    const doc = await PDFDocument.load(await postprocessPdf(input, { ...meta, pageSize: paperPoints(paperSizes.a4) }));
    for (const [index, page] of doc.getPages().entries()) {
      expect(page.getMediaBox()).toEqual({ x: 0, y: 0, width: 595.28, height: 841.89 });
      expect(page.getCropBox()).toEqual({ x: 0, y: 0, width: 595.28, height: 841.89 });
      expect(contentOf(page)).toBe(contentBefore[index]);
    }
  });

  it('leaves the size alone when post-processing is given none', async () => {
    const doc = await PDFDocument.load(
      await postprocessPdf(await tinyPdf([{ text: 'One', width: 100, height: 200 }]), meta),
    );
    expect(doc.getPage(0).getSize()).toEqual({ width: 100, height: 200 });
  });

  it('sets booklet sheets too', async () => {
    const doc = await PDFDocument.load(await tinyPdf([{ text: 'Sheet', width: 841.5, height: 595 }]));
    setPageSize(doc, { width: 841.89, height: 595.28 });
    expect(doc.getPage(0).getSize()).toEqual({ width: 841.89, height: 595.28 });
  });
});
