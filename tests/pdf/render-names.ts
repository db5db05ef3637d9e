import { numberedCount } from '../../src/lib/book-order.ts';
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { book } from '../../src/lib/book.ts';
import { launchChromium } from '../../workbook/browser/launch-chromium.ts';
import type { EditionSettings } from '../../workbook/edition/edition-fields.ts';
import { editionSchemaFor } from '../../workbook/edition/edition-schema.ts';
import { loadPrintableRanges } from '../../workbook/fonts/printable.ts';
import { readActualText } from '../../workbook/pdf/read-actual-text.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { printManifestSchema } from '../../workbook/contracts/print-manifest.ts';
import { renderEdition } from '../../workbook/render/render-edition.ts';
import { serveDirectory, type ServedDirectory } from '../../workbook/io/serve-directory.ts';
import { requireDist } from '../support/built-site.ts';

/** A counselor's edition rendered from dist/ as the CLI renders it, and read back three ways. */
export interface RenderedNames {
  pdf: Uint8Array;
  /** Each page's text as pdf.js reads it. */
  pages: string[];
  /** Each page's text through Chromium's ActualText (workbook/pdf/read-actual-text.ts). */
  actualText: string[];
}

/** One Chromium and one server for a test file's renders; close() when done. */
export async function nameRenderer(): Promise<{
  render(input: EditionSettings): Promise<RenderedNames>;
  close(): Promise<void>;
}> {
  requireDist();
  await loadPrintableRanges();
  const manifest = printManifestSchema.parse(JSON.parse(readFileSync('dist/workbook/print/book.json', 'utf8')));
  const server: ServedDirectory = await serveDirectory('dist');
  const browser: Browser = await launchChromium();
  return {
    async render(input) {
      const options = editionSchemaFor({ chapterCount: numberedCount(manifest.chapters) }).parse(input);
      const { pdf } = await renderEdition(
        browser,
        { name: 'names', kind: 'custom', options, fileName: 'names.pdf' },
        { siteUrl: server.url, manifest, date: new Date(0), author: book.author, keywords: book.keywords },
      );
      return { pdf, pages: (await readPdfText(pdf)).pages, actualText: await readActualText(pdf) };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Each embedded font's PostScript name, from the PDF's font dictionaries, without the subset tag. */
export async function embeddedFonts(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const names = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const baseFont = object.get(PDFName.of('BaseFont'));
    if (baseFont instanceof PDFName) names.add(baseFont.decodeText().replace(/^[A-Z]{6}\+/, ''));
  }
  return [...names].sort();
}
