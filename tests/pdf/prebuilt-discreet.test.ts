import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { book } from '../../src/lib/book.ts';
import { copyLetter, roleName } from '../../src/lib/readers.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { distDir, requireDist } from '../support/built-site.ts';
import { squash } from '../support/compare-text.ts';
import { readForm } from '../support/pdf-form.ts';
import { readPrintManifest } from '../support/print-manifest.ts';

/*
 * Issue 21, point 4, over what `npm run build` publishes: each prebuilt personal copy, printed and
 * fillable, is discreet in what shows without reading it. Its details (title, author, subject,
 * keywords, creator, producer, and any XMP metadata) name neither the subject nor the book; its
 * fields' tooltips name each field's place, never a prompt's words, a role or the guide's address;
 * its pages call its reader "you" (no "For the partner who …", no role on a signature line), print
 * no address of the guide, and its cover says which copy of the set it is.
 */

const copies = standardEditions
  .filter((edition) => edition.kind === 'personal')
  .flatMap((edition) => [
    { edition, fileName: edition.fileName, fillable: false },
    ...(edition.fillableTwin ? [{ edition, fileName: edition.fillableTwin.fileName, fillable: true }] : []),
  ]);

if (!book.siteUrl) throw new Error('content/book.json has no siteUrl: this test looks for the guide’s address.');
const guideHost = new URL(book.siteUrl).host.toLowerCase();

const giveaway = new RegExp(
  [...book.revealingWords, book.shortTitle, book.slug, guideHost]
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'i',
);

describe('the prebuilt personal copies', () => {
  it('are each reader’s copy, printed and fillable, in both paper sizes', () => {
    requireDist();
    expect(copies.map((copy) => copy.fileName).sort()).toEqual(
      ['a', 'b']
        .flatMap((letter) =>
          ['letter', 'a4'].flatMap((paper) => [
            `personal-copy-${letter}-${paper}.pdf`,
            `personal-copy-${letter}-fillable-${paper}.pdf`,
          ]),
        )
        .sort(),
    );
  });

  describe.each(copies)('$fileName', ({ edition, fileName, fillable }) => {
    let bytes: Uint8Array;
    let pages: string[];
    beforeAll(async () => {
      bytes = new Uint8Array(readFileSync(path.join(distDir, 'downloads', fileName)));
      ({ pages } = await readPdfText(bytes));
    });

    it('has details that name neither the subject nor the book', async () => {
      const document = await PDFDocument.load(bytes, { updateMetadata: false });
      const details = {
        title: document.getTitle(),
        author: document.getAuthor(),
        subject: document.getSubject(),
        keywords: document.getKeywords(),
        creator: document.getCreator(),
        producer: document.getProducer(),
      };
      expect(details.title).toBe(book.discreetTitle);
      for (const [detail, value] of Object.entries(details)) expect(value ?? '', detail).not.toMatch(giveaway);
      // XMP metadata, if anything wrote it, is read by file managers and search indexes too.
      const xmp = document.catalog.lookup(PDFName.of('Metadata'));
      if (xmp instanceof PDFRawStream)
        expect(Buffer.from(decodePDFRawStream(xmp).decode()).toString('utf8')).not.toMatch(giveaway);
    });

    it('calls its reader “you”: no role on any label, its own copy letter on the cover', () => {
      const reader = edition.options.for;
      expect(pages[0]).toContain(ui.copyName(copyLetter(reader)));
      const whole = pages.join('\n');
      expect(whole).toContain(ui.forYou.toUpperCase());
      for (const role of book.readers.map((candidate) => roleName(candidate.id))) {
        expect(whole).not.toContain(`FOR ${role.toUpperCase()}`);
        expect(squash(whole).toLowerCase()).not.toContain(squash(`${role}: signature`).toLowerCase());
        expect(squash(whole).toLowerCase()).not.toContain(squash(`${role} (continued)`).toLowerCase());
      }
      expect(squash(whole)).toContain(squash(ui.ownSignature));
    });

    it('prints no address of the guide on any page', () => {
      // A page's text may wrap an address across lines; without its spaces it reads whole.
      pages.forEach((text, index) =>
        expect(text.replace(/\s+/g, '').toLowerCase(), `page ${index + 1}`).not.toContain(guideHost),
      );
    });

    it.runIf(fillable)('has tooltips that name each field’s place, never a prompt’s words or a role', async () => {
      const { fields } = await readForm(bytes);
      expect(fields.length).toBeGreaterThan(0);
      const prompts = new Map(
        readPrintManifest().chapters.flatMap((chapter) => chapter.prompts.map((prompt) => [prompt.id, prompt.text])),
      );
      const roles = book.readers.map((candidate) => roleName(candidate.id).toLowerCase());
      for (const { name, tooltip } of fields) {
        expect(tooltip, name).toBeTruthy();
        expect(tooltip, name).not.toMatch(giveaway);
        for (const role of roles) expect(tooltip.toLowerCase(), name).not.toContain(role);
        const prompt = prompts.get(name.split('.')[0] ?? '');
        if (prompt) expect(squash(prompt), name).not.toContain(squash(tooltip.replace(/…$/, '')));
      }
      expect(fields.some((field) => /^Chapter \d+, question \d+: your answer$/.test(field.tooltip))).toBe(true);
    });
  });
});
