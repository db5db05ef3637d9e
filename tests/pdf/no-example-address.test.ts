import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, strFromU8, unzipSync } from 'fflate';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFRawStream,
  PDFStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { book } from '../../src/lib/book.ts';
import { isExampleHost } from '../../src/lib/site-address.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { distDir, requireDist } from '../support/built-site.ts';

/*
 * A default build (no SITE_URL) has only the example address of content/book.json, which leads
 * nowhere: no file of dist/ may print it or link to it. Every file is read as text; a PDF also as
 * its printed text and every one of its objects decoded (metadata, link annotations, form fields'
 * tooltips, streams); an EPUB as every file it holds; a gzipped file unzipped.
 */

if (!book.siteUrl) throw new Error('content/book.json has no siteUrl: this test is about its example address.');
const exampleHost = new URL(book.siteUrl).hostname;

/** Where `needle` occurs in a text, with a little of what surrounds it, for the failure message. */
function occurrences(text: string, needle: string): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    found.push(text.slice(Math.max(0, at - 40), at + needle.length + 20).replace(/\s+/g, ' '));
  }
  return found;
}

/** Every string a PDF object holds, decoded, and every stream's decoded bytes as Latin-1. */
function objectTexts(object: PDFObject, into: string[]): void {
  if (object instanceof PDFString || object instanceof PDFHexString) into.push(object.decodeText());
  else if (object instanceof PDFArray) for (const item of object.asArray()) objectTexts(item, into);
  else if (object instanceof PDFDict) for (const value of object.values()) objectTexts(value, into);
  else if (object instanceof PDFStream) {
    objectTexts(object.dict, into);
    const bytes = object instanceof PDFRawStream ? decodePDFRawStream(object).decode() : object.getContents();
    into.push(Buffer.from(bytes).toString('latin1'));
  }
}

async function pdfTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const texts: string[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) objectTexts(object, texts);
  texts.push(...(await readPdfText(bytes)).pages);
  return texts;
}

/** The texts a file of dist/ holds, as a reader, a viewer or a crawler would meet them. */
async function textsOf(file: string): Promise<string[]> {
  const bytes = new Uint8Array(readFileSync(file));
  const raw = Buffer.from(bytes).toString('latin1');
  if (file.endsWith('.pdf')) return [raw, ...(await pdfTexts(bytes))];
  if (file.endsWith('.epub')) return [raw, ...Object.values(unzipSync(bytes)).map((entry) => strFromU8(entry))];
  // Search's index files (dist/pagefind/) are gzipped.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return [raw, Buffer.from(gunzipSync(bytes)).toString('latin1')];
  return [raw];
}

let files: string[];
beforeAll(() => {
  requireDist();
  files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
});

describe('a default build (no SITE_URL)', () => {
  it("reads content/book.json's address as the example one, the case this test is about", () => {
    expect(isExampleHost(exampleHost)).toBe(true);
  });

  it('finds the example address where it is planted: in a PDF object, a PDF page, a zipped file', async () => {
    const doc = await PDFDocument.create();
    doc.setKeywords([`see ${exampleHost}`]);
    doc.addPage();
    const planted = (await pdfTexts(await doc.save())).flatMap((text) => occurrences(text, exampleHost));
    expect(planted).toHaveLength(1);
  });

  it('holds the example address in no file of dist/: pages, sitemap, robots.txt, PDFs, the EPUB', async () => {
    expect(files.filter((file) => file.endsWith('.pdf')).length).toBeGreaterThan(10);
    expect(files.some((file) => file.endsWith('.epub'))).toBe(true);
    const found: string[] = [];
    for (const file of files) {
      for (const text of await textsOf(file)) {
        found.push(...occurrences(text, exampleHost).map((where) => `${path.relative(distDir, file)}: …${where}…`));
      }
    }
    expect([...new Set(found)]).toEqual([]);
  }, 600_000);
});
