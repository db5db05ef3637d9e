import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { saddleStitchOrder } from '../../workbook/pdf/saddle-stitch-order.ts';
import { distDir } from './built-site.ts';

/** A PDF `npm run build` published in dist/downloads/, by file name. */
export function readDownload(fileName: string): Uint8Array {
  const file = path.join(distDir, 'downloads', fileName);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before \`npm test\`.`);
  return new Uint8Array(readFileSync(file));
}

/** The book's pages in reading order; a booklet's sheet sides are cut at the fold and put back in order. */
export async function bookPages(bytes: Uint8Array, booklet: boolean): Promise<string[]> {
  if (!booklet) return (await readPdfText(bytes)).pages;
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  try {
    const order = saddleStitchOrder(pdf.numPages * 2);
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const middle = page.getViewport({ scale: 1 }).width / 2;
      const halves = { left: [] as string[], right: [] as string[] };
      for (const item of (await page.getTextContent()).items) {
        if ('str' in item) halves[(item.transform[4] as number) < middle ? 'left' : 'right'].push(item.str);
      }
      const side = order[number - 1];
      if (!side) throw new Error(`sheet side ${number} is not in the booklet's order`);
      pages[side.left - 1] = halves.left.join(' ').replace(/\s+/g, ' ').trim();
      pages[side.right - 1] = halves.right.join(' ').replace(/\s+/g, ' ').trim();
    }
    return pages;
  } finally {
    await pdf.loadingTask.destroy();
  }
}
