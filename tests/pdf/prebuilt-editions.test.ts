import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import { revealingWords } from '../../workbook/guard/discreet-outside.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { printManifestSchema, type PrintManifest } from '../../workbook/contracts/print-manifest.ts';
import { safetyPages } from '../../workbook/print/safety-pages.ts';
import { distDir } from '../support/built-site.ts';
import { squash } from '../support/compare-text.ts';
import { bookPages, readDownload } from '../support/published-book-pages.ts';

/*
 * Every PDF `npm run build` publishes: the safety pages open it (after the cover, before the
 * contents), and the personal copies are each partner's own, discreet on the outside.
 */

let manifest: PrintManifest;
beforeAll(() => {
  const file = path.join(distDir, 'workbook/print/book.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before \`npm test\`.`);
  manifest = printManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
});

describe.each(standardEditions.map((edition) => [edition.fileName, edition] as const))('%s', (fileName, edition) => {
  it('opens with the safety pages: after the cover, before the how-to and the contents', async () => {
    const pages = await bookPages(readDownload(fileName), edition.options.booklet);
    // A section's first page reads "<folio> <title> …" (the folio's text comes first).
    const opens = (title: string) => pages.findIndex((text) => new RegExp(`^(\\d+ )?${title}\\b`).test(text));
    const safety = opens(safetyPages.title);
    const howTo = opens('How to use this workbook');
    const contents = opens('Contents');
    expect(contents, 'the contents page').toBeGreaterThan(0);
    expect(safety, 'the safety pages’ first page').toBeGreaterThan(0);
    expect(safety).toBeLessThan(howTo);
    expect(howTo).toBeLessThan(contents);
    const before = squash(pages.slice(safety, howTo).join(' '));
    expect(manifest.safety.length).toBeGreaterThan(0);
    for (const section of manifest.safety) expect(before, section.title).toContain(squash(section.title));
  });
});

const personalCopies = standardEditions.filter((edition) => edition.kind === 'personal');

describe('the prebuilt personal copies', () => {
  it('are one for each partner in each paper size, under neutral file names', () => {
    expect(personalCopies.map((edition) => edition.fileName).sort()).toEqual([
      'personal-copy-a-a4.pdf',
      'personal-copy-a-letter.pdf',
      'personal-copy-b-a4.pdf',
      'personal-copy-b-letter.pdf',
    ]);
  });

  it.each(personalCopies.map((edition) => [edition.fileName, edition] as const))(
    '%s is its reader’s own copy and discreet outside',
    async (fileName, edition) => {
      const bytes = readDownload(fileName);
      const { pages } = await readPdfText(bytes);
      const whole = squash(pages.join(' '));
      const other = edition.options.for === 'hurt' ? 'involved' : 'hurt';
      const prompts = manifest.chapters.flatMap((chapter) => chapter.prompts);
      for (const prompt of prompts.filter((candidate) => candidate.for === other))
        expect(whole, prompt.id).not.toContain(squash(prompt.text));
      for (const prompt of prompts.filter((candidate) => candidate.for !== other))
        expect(whole, prompt.id).toContain(squash(prompt.text));
      expect(pages.join(' ')).not.toMatch(/\b(Partner|PARTNER) [AB]\b/);
      const revealing = new RegExp(revealingWords.join('|'), 'i');
      expect(pages[0]).toContain(manifest.discreetTitle);
      expect(`${pages[0]} ${pages.at(-1)}`).not.toMatch(revealing);
      const document = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(document.getTitle()).toBe(manifest.discreetTitle);
      expect(`${document.getSubject()} ${document.getKeywords()}`).not.toMatch(revealing);
    },
  );
});
