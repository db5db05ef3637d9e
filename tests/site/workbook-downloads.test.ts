import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, readPage, requireDist, text } from '../support/built-site.ts';

beforeAll(requireDist);

describe('the workbook page', () => {
  it('offers every published PDF with its real page count and size', async () => {
    const files = readdirSync(path.join(distDir, 'downloads')).filter((file) => file.endsWith('.pdf'));
    expect(files.length).toBe(6);
    const page = readPage('/workbook/');
    for (const file of files) {
      const link = page.querySelector(`a[href="/downloads/${file}"]`);
      expect(link, file).not.toBeNull();
      const facts = text(link?.parentElement?.querySelector('.downloads__facts'));
      const bytes = readFileSync(path.join(distDir, 'downloads', file));
      const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
      expect(facts, file).toMatch(new RegExp(`^PDF, ${pages} (pages|sheet sides)`));
      expect(facts, file).toContain(`${Math.round(statSync(path.join(distDir, 'downloads', file)).size / 1024)} KB`);
    }
  });

  it('tells each chapter page where its reflections are in the printed workbook', () => {
    const note = text(readPage('/patience/').querySelector('.workbook-pages'));
    expect(note).toMatch(
      /^In the printed workbook, this chapter’s reflections are on pages \d+–\d+ \(US Letter\) and pages \d+–\d+ \(A4\)\.$/,
    );
  });
});
