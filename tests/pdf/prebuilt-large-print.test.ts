import { PDFDocument, PDFName, PDFString, PDFTextField } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../workbook/browser/launch-chromium.ts';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import { fontStack } from '../../workbook/fonts/bundled-faces.ts';
import { findForeignFonts } from '../../workbook/guard/bundled-fonts.ts';
import { paperSizes } from '../../workbook/page/paper-sizes.ts';
import { postprocessPdf } from '../../workbook/pdf/postprocess.ts';
import { paperPoints } from '../../workbook/pdf/set-page-size.ts';
import { largePrint } from '../../workbook/page/large-print.ts';
import { readDownload } from '../support/published-book-pages.ts';
import { summariseStructure } from '../support/pdf-structure.ts';
import { italicFonts, linesOf, readTextRuns } from '../support/pdf-text-runs.ts';
import { FIXTURE_META, renderFormFixture } from './form-fixture.ts';

/*
 * The large-print PDFs `npm run build` publishes, read back run by run: every piece of text at
 * 18 pt or more (running heads and page numbers included), upright, set in the large-print stack
 * alone, with no word split at a line's end. The same checks fail on the standard workbook, so
 * they can fail.
 */

const largePrintEditions = standardEditions.filter((edition) => edition.kind === 'large-print');
const standardLetter = standardEditions.find(
  (edition) => edition.kind === 'workbook' && edition.options.paper === 'letter',
);

/** A line ending in a hyphen: a word split across lines, by hyphenation or at a compound's hyphen. */
const HYPHEN_AT_END = /[-\u00ad\u2010\u2011]$/;

/** What makes a PDF not large print, one line per kind of problem (with the first few examples). */
async function largePrintProblems(bytes: Uint8Array): Promise<string[]> {
  const runs = await readTextRuns(bytes);
  const examples = (list: readonly { page: number; text: string }[]) =>
    list
      .slice(0, 3)
      .map((run) => `page ${run.page} “${run.text}”`)
      .join(', ');
  const small = runs.filter((run) => run.size < largePrint.minTypePt - 0.01);
  const slanted = runs.filter((run) => run.shear > 0.01);
  const split = linesOf(runs).filter((line) => HYPHEN_AT_END.test(line.text));
  const italic = italicFonts(await PDFDocument.load(bytes, { updateMetadata: false }));
  const foreign = findForeignFonts(bytes, fontStack('largePrint'));
  return [
    ...(small.length > 0 ? [`${small.length} runs under ${largePrint.minTypePt} pt: ${examples(small)}`] : []),
    ...(slanted.length > 0 ? [`${slanted.length} slanted runs: ${examples(slanted)}`] : []),
    ...(split.length > 0 ? [`${split.length} lines end in a hyphen: ${examples(split)}`] : []),
    ...(italic.length > 0 ? [`italic faces: ${italic.join(', ')}`] : []),
    ...(foreign.length > 0 ? [`fonts not of the large-print stack: ${foreign.join(', ')}`] : []),
  ];
}

describe('the prebuilt large-print PDFs', () => {
  it('are the shared workbook in large print, in both paper sizes', () => {
    expect(largePrintEditions.map((edition) => edition.fileName).sort()).toEqual([
      'rebuilding-trust-workbook-large-print-a4.pdf',
      'rebuilding-trust-workbook-large-print-letter.pdf',
    ]);
  });

  it.each(largePrintEditions.map((edition) => [edition.fileName, edition] as const))(
    '%s: every run of text at 18 pt or more, upright, in the large-print fonts, no word split at a line end',
    async (fileName) => {
      expect(await largePrintProblems(readDownload(fileName))).toEqual([]);
    },
  );

  it.each(largePrintEditions.map((edition) => [edition.fileName, edition] as const))(
    '%s: re-set on its own paper, not enlarged, and longer than the standard workbook',
    async (fileName, edition) => {
      const standard = standardEditions.find(
        (candidate) => candidate.kind === 'workbook' && candidate.options.paper === edition.options.paper,
      )!;
      const doc = await PDFDocument.load(readDownload(fileName), { updateMetadata: false });
      const paper = paperPoints(paperSizes[edition.options.paper]);
      for (const page of doc.getPages()) {
        expect(page.getSize().width).toBeCloseTo(paper.width, 1);
        expect(page.getSize().height).toBeCloseTo(paper.height, 1);
      }
      const standardDoc = await PDFDocument.load(readDownload(standard.fileName), { updateMetadata: false });
      expect(doc.getPageCount()).toBeGreaterThan(standardDoc.getPageCount() * 1.3);
    },
  );

  it.each(largePrintEditions.map((edition) => [edition.fileName, edition] as const))(
    '%s: tagged like the standard workbook, the same headings, lists and links in a sound tree',
    async (fileName, edition) => {
      const standard = standardEditions.find(
        (candidate) => candidate.kind === 'workbook' && candidate.options.paper === edition.options.paper,
      )!;
      const structure = async (file: string) =>
        summariseStructure(await PDFDocument.load(readDownload(file), { updateMetadata: false }));
      const [large, standardStructure] = [await structure(fileName), await structure(standard.fileName)];
      expect(large.problems).toEqual([]);
      // A table or list a page turn splits is two in the tree (Paged.js splits the element), so
      // those are counted apart; headings, links and items are one each whatever the pages.
      const kinds = (elements: readonly string[], kind: string) =>
        elements.filter((element) => element.replace(/@\d+$/, '') === kind).length;
      for (const kind of ['H1', 'H2', 'H3', 'Link', 'TH', 'Strong'])
        expect(kinds(large.elements, kind), kind).toBe(kinds(standardStructure.elements, kind));
      expect(kinds(large.elements, 'LI')).toBeGreaterThanOrEqual(kinds(standardStructure.elements, 'LI'));
    },
  );

  it('finds the standard workbook is not large print, on every count', async () => {
    const problems = (await largePrintProblems(readDownload(standardLetter!.fileName))).join('\n');
    expect(problems).toMatch(/runs under 18 pt/);
    expect(problems).toMatch(/lines end in a hyphen/);
    expect(problems).toMatch(/italic faces: .*Literata-Italic/);
    expect(problems).toMatch(/fonts not of the large-print stack: .*Literata/);
  });
});

describe('a large-print fillable form', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** Each text field's type size, from its `/DA`, the size a viewer types in. */
  async function fieldSizes(fontSetting: 'book' | 'largePrint'): Promise<{ font: string; size: number }[]> {
    const fixture = await renderFormFixture(browser);
    const pdf = await postprocessPdf(fixture.pdf, {
      ...FIXTURE_META,
      fields: fixture.fields,
      fontSetting,
    });
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    return doc
      .getForm()
      .getFields()
      .filter((field) => field instanceof PDFTextField)
      .map((field) => {
        const da = field.acroField.dict.lookup(PDFName.of('DA'), PDFString).decodeText();
        const [, font = '', size = '0'] = /\/(\S+) ([\d.]+) Tf/.exec(da) ?? [];
        return { font, size: Number(size) };
      });
  }

  it('types in Atkinson Hyperlegible Next at 18 pt or more in every field; the standard form does not', async () => {
    const large = await fieldSizes('largePrint');
    expect(large.length).toBeGreaterThan(0);
    for (const field of large) {
      expect(field.font).toBe('AtkinsonHyperlegibleNext-Regular');
      expect(field.size).toBeGreaterThanOrEqual(largePrint.minTypePt);
    }
    const standard = await fieldSizes('book');
    expect(Math.min(...standard.map((field) => field.size))).toBeLessThan(largePrint.minTypePt);
  });
});
