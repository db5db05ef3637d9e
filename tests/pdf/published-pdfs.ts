import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readOutline, type OutlineEntry } from '../../workbook/pdf/read-outline.ts';
import { readPdfText, type PdfText } from '../../workbook/pdf/read-pdf-text.ts';

export interface PublishedPdf {
  paper: 'letter' | 'a4';
  file: string;
  bytes: Uint8Array;
  text: PdfText;
  outline: OutlineEntry[];
}

/** The PDFs `npm run build` published into dist/downloads/, read once per test file. */
export async function readPublishedPdf(paper: 'letter' | 'a4'): Promise<PublishedPdf> {
  const file = path.resolve(`dist/downloads/rebuilding-trust-workbook-${paper}.pdf`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before \`npm test\`.`);
  const bytes = new Uint8Array(readFileSync(file));
  return { paper, file, bytes, text: await readPdfText(bytes), outline: await readOutline(bytes) };
}
