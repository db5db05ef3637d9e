import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book } from '../../../src/lib/book.ts';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { standardEditions } from '../../../workbook/edition/standard-editions.ts';
import { withOwnCopyPages } from '../../../workbook/edition/own-copy-pairing.ts';
import { OWN_COPY_PAGES_PATH, publishedOwnCopyPagesSchema } from '../../../workbook/edition/own-copy-pages.ts';
import type { PrintManifest } from '../../../workbook/contracts/print-manifest.ts';
import { renderEdition } from '../../../workbook/render/render-edition.ts';
import { serveDirectory, type ServedDirectory } from '../../../workbook/io/serve-directory.ts';
import { requireDist } from '../../support/built-site.ts';
import { sha256 } from '../../support/pdf-inspect.ts';
import { readPrintManifest } from '../../support/print-manifest.ts';
import { useTempDir } from '../../support/temp-dir.ts';

const letter = standardEditions.find((edition) => edition.name === 'letter')!;
let browser: Browser;
let manifest: PrintManifest;

beforeAll(async () => {
  requireDist();
  browser = await launchChromium();
  manifest = readPrintManifest();
});
afterAll(async () => {
  await browser.close();
});

describe('rendering an edition', () => {
  it('gives the same bytes as the published PDF (reproducible build)', async () => {
    const published = readFileSync(`dist/downloads/${letter.fileName}`);
    const date = (await PDFDocument.load(published, { updateMetadata: false })).getCreationDate()!;
    const server = await serveDirectory('dist');
    try {
      // The build gave the shared book the personal copies' pages, and published them beside it.
      const pages = publishedOwnCopyPagesSchema.parse(JSON.parse(readFileSync(`dist/${OWN_COPY_PAGES_PATH}`, 'utf8')));
      const rendered = await renderEdition(browser, withOwnCopyPages(letter, pages), {
        siteUrl: server.url,
        manifest,
        date,
        author: book.author,
        keywords: book.keywords,
      });
      expect(sha256(rendered.pdf)).toBe(sha256(published));
    } finally {
      await server.close();
    }
  });

  describe('when the print source has lost content', () => {
    const copy = useTempDir('dropped');
    let server: ServedDirectory | undefined;
    beforeAll(async () => {
      cpSync('dist', copy(), { recursive: true });
      const source = path.join(copy(), 'workbook/print/letter/index.html');
      // Simulate Paged.js dropping the end of a chapter: the patience chapter's last exercise vanishes.
      const html = readFileSync(source, 'utf8').replace(
        /<section class="print-exercise[^"]*" id="patience-setback-log"[\s\S]*?<\/section>/,
        '',
      );
      writeFileSync(source, html);
      server = await serveDirectory(copy());
    });
    afterAll(async () => {
      await server?.close();
    });

    it('refuses to return a PDF and names what is missing', async () => {
      const attempt = renderEdition(browser, letter, {
        siteUrl: server!.url,
        manifest,
        date: new Date(0),
        author: 'A',
        keywords: ['k'],
      });
      await expect(attempt).rejects.toThrow(
        /The letter workbook is incomplete; no PDF was written\.\n\s+missing patience → exercise patience-setback-log \(title\): “Setback log”/,
      );
    });
  });

  describe('when a fillable edition’s writing area was not measured', () => {
    const copy = useTempDir('unmarked');
    let server: ServedDirectory | undefined;
    beforeAll(async () => {
      cpSync('dist', copy(), { recursive: true });
      const source = path.join(copy(), 'workbook/print/letter/index.html');
      // The second Notes page loses its mark: it prints, but no field would be made for it.
      const html = readFileSync(source, 'utf8').replace(/data-fill="multiline"( data-fill-name="notes-2")/, '$1');
      writeFileSync(source, html);
      server = await serveDirectory(copy());
    });
    afterAll(async () => {
      await server?.close();
    });

    it('refuses the fillable PDF, naming the area without a field, counted from the manifest', async () => {
      const attempt = renderEdition(
        browser,
        { ...letter, name: 'fillable', options: { ...letter.options, fillable: true } },
        { siteUrl: server!.url, manifest, date: new Date(0), author: 'A', keywords: ['k'] },
      );
      await expect(attempt).rejects.toThrow(
        /The fillable workbook is incomplete; no PDF was written\.\n\s+fillable: no field for notes-2$/,
      );
    });
  });
});
