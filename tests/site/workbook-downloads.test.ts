import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { setStrings } from '../../src/lib/set-strings.ts';
import { paperIds } from '../../src/schemas/paper.ts';
import { setFileName, standardFileNames } from '../../workbook/edition/standard-editions.ts';
import { distDir, readPage, requireDist, text } from '../support/built-site.ts';

beforeAll(requireDist);

describe('the workbook page', () => {
  it('lists the set first: what it is and how to print it, then its file in each paper', () => {
    const first = readPage('/workbook/').querySelector('.downloads-group');
    expect(text(first?.querySelector('h3'))).toBe(setStrings.heading);
    expect(text(first?.querySelector('p'))).toBe(setStrings.download);
    const hrefs = [...(first?.querySelectorAll('a[href^="/downloads/"]') ?? [])].map((link) =>
      link.getAttribute('href'),
    );
    expect(hrefs).toEqual(paperIds.map((paper) => `/downloads/${setFileName(paper)}`));
  });

  it('offers the EPUB with its real size', () => {
    const bytes = statSync(path.join(distDir, 'downloads', 'rebuilding-trust.epub')).size;
    const link = readPage('/workbook/').querySelector('a[href="/downloads/rebuilding-trust.epub"]');
    expect(link).not.toBeNull();
    expect(text(link?.parentElement)).toContain(`(EPUB, ${Math.round(bytes / 1024)} KB)`);
  });

  it('offers every published PDF with its real page count and size', async () => {
    const files = readdirSync(path.join(distDir, 'downloads')).filter((file) => file.endsWith('.pdf'));
    expect(files.sort()).toEqual([...standardFileNames].sort());
    const page = readPage('/workbook/');
    for (const file of files) {
      const link = page.querySelector(`a[href="/downloads/${file}"]`);
      expect(link, file).not.toBeNull();
      const facts = text(link?.parentElement?.querySelector('.downloads__facts'));
      const bytes = readFileSync(path.join(distDir, 'downloads', file));
      const pages = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
      expect(facts, file).toMatch(new RegExp(`^PDF, ${pages} (pages|sheet sides)`));
      // The set passes a megabyte: "1.1 MB" then, not "1108 KB".
      const size = statSync(path.join(distDir, 'downloads', file)).size;
      expect(facts, file).toContain(
        size < 1024 * 1024 ? `${Math.round(size / 1024)} KB` : `${(size / (1024 * 1024)).toFixed(1)} MB`,
      );
    }
  });

  it('says in one sentence what each personal copy is, and whose: the file name says neither', () => {
    const page = readPage('/workbook/');
    const whose = { a: 'the partner who was hurt', b: 'the partner who had the affair' };
    for (const [copy, reader] of Object.entries(whose)) {
      for (const paper of ['letter', 'a4']) {
        const item = page.querySelector(`a[href="/downloads/personal-copy-${copy}-${paper}.pdf"]`)?.parentElement;
        expect(text(item?.querySelector('a')), `${copy} ${paper}`).toContain(reader);
        const note = text(item?.querySelector('.downloads__note'));
        expect(note).toMatch(new RegExp(`^A copy for ${reader} to write in alone, .+; keep it .+\\.$`));
        // The cover's neutral name, so a counselor can hand each partner theirs.
        expect(note).toContain(`“Copy ${copy.toUpperCase()}” on the cover`);
      }
    }
  });

  it('lists the fillable PDFs on their own, with what “fillable” means and where a typed copy lives', () => {
    const group = readPage('/workbook/').querySelector('[aria-labelledby="downloads-fillable"]');
    const names = ['letter', 'a4'].flatMap((paper) => [
      `rebuilding-trust-workbook-fillable-${paper}.pdf`,
      `personal-copy-a-fillable-${paper}.pdf`,
      `personal-copy-b-fillable-${paper}.pdf`,
    ]);
    const links = [...(group?.querySelectorAll('a[href^="/downloads/"]') ?? [])].map((link) =>
      link.getAttribute('href')?.replace('/downloads/', ''),
    );
    expect(links.sort()).toEqual(names.sort());
    for (const link of group?.querySelectorAll('a') ?? []) expect(text(link)).toMatch(/^Fillable /);
    const words = text(group);
    expect(words).toContain('boxes to type into');
    expect(words).toContain('saved only where you save it, on your device');
    expect(words).toContain('Nothing you type is sent to us or anywhere else');
    expect(words).toContain('Anyone who can open that file can read what you wrote');
    expect(words).toMatch(/save as you type, or keep files in a cloud account/);
    expect(words).toMatch(/browser’s own PDF viewer may lose what you typed/);
    // The printed copies' groups do not list the fillable twins again.
    const workbook = readPage('/workbook/').querySelector('[aria-labelledby="downloads-workbook"]');
    expect(workbook?.querySelector('a[href*="fillable"]')).toBeNull();
  });

  it('does not promise that a shared book keeps what is written private', () => {
    const page = text(readPage('/workbook/').querySelector('main'));
    expect(page).not.toContain('is ever seen by anyone');
    expect(page).toContain('personal copy');
  });

  it('tells each chapter page where its reflections are in the printed workbook', () => {
    const note = text(readPage('/patience/').querySelector('.workbook-pages'));
    expect(note).toMatch(
      /^In the printed workbook, this chapter’s reflections are on pages \d+–\d+ \(US Letter\) and pages \d+–\d+ \(A4\)\.$/,
    );
  });
});
