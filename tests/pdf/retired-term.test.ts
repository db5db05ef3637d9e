import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { distDir } from '../support/built-site.ts';
import { readForm } from '../support/pdf-form.ts';

/*
 * "Unfaithful" labels a person by their worst act; the book says "the partner who had the affair"
 * (README, "Writing a chapter"). The retired word is nowhere in what the build publishes: not in a
 * page, a script, a file name, the text of a PDF (form-field tooltips included) or the EPUB.
 */
const retired = /unfaithful/i;
const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });

describe('the retired term', () => {
  it('is in no file name and no text file of dist/', () => {
    expect(files.filter((file) => retired.test(file))).toEqual([]);
    const text = files.filter((file) => /\.(html|js|css|json|xml|txt|svg)$|_headers$/.test(file));
    expect(text.length).toBeGreaterThan(40);
    expect(text.filter((file) => retired.test(readFileSync(path.join(distDir, file), 'utf8')))).toEqual([]);
  });

  it('is in no PDF’s text, form field or details, and nowhere in the EPUB', async () => {
    const pdfs = files.filter((file) => file.endsWith('.pdf'));
    expect(pdfs.length).toBe(20);
    const found: string[] = [];
    for (const file of pdfs) {
      const bytes = new Uint8Array(readFileSync(path.join(distDir, file)));
      const { fields, texts } = await readForm(bytes);
      const doc = await PDFDocument.load(bytes, { updateMetadata: false });
      const words = [
        ...texts.map((run) => run.text),
        ...fields.flatMap((field) => [field.name, field.tooltip]),
        doc.getTitle() ?? '',
        doc.getSubject() ?? '',
        doc.getKeywords() ?? '',
      ];
      if (words.some((word) => retired.test(word))) found.push(file);
    }
    const epub = unzipSync(new Uint8Array(readFileSync(path.join(distDir, 'downloads', 'rebuilding-trust.epub'))));
    for (const [name, entry] of Object.entries(epub)) if (retired.test(strFromU8(entry))) found.push(`epub: ${name}`);
    expect(found).toEqual([]);
  });
});
