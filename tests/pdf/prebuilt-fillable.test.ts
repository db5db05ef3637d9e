import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedWritingAreas } from '../../workbook/edition/fillable-expectations.ts';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import { areaOf } from '../../workbook/guard/form-fields.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { distDir, requireDist } from '../support/built-site.ts';
import { answerFor, fillEveryField, placementProblems, readForm } from '../support/pdf-form.ts';
import { formStructure } from '../support/pdf-form-structure.ts';
import { loadPdf } from '../support/pdf-inspect.ts';
import { readPrintManifest } from '../support/print-manifest.ts';

/*
 * The fillable PDFs `npm run build` publishes, each beside the printed twin it was made from (one
 * render, two post-processings): the same pages, and a field for every writing area of its
 * edition, placed off the printed text, tagged, and fillable.
 */

const twins = standardEditions.flatMap((edition) =>
  edition.fillableTwin ? [{ edition, fileName: edition.fillableTwin.fileName }] : [],
);
const read = (fileName: string) => new Uint8Array(readFileSync(path.join(distDir, 'downloads', fileName)));

describe('the prebuilt fillable PDFs', () => {
  it('are the workbook and each personal copy, in both paper sizes', () => {
    requireDist();
    expect(twins.map((twin) => twin.fileName).sort()).toEqual(
      ['letter', 'a4']
        .flatMap((paper) => [
          `rebuilding-trust-workbook-fillable-${paper}.pdf`,
          `personal-workbook-hurt-fillable-${paper}.pdf`,
          `personal-workbook-unfaithful-fillable-${paper}.pdf`,
        ])
        .sort(),
    );
  });

  describe.each(twins)('$fileName', ({ edition, fileName }) => {
    it('has its printed twin’s pages, word for word', async () => {
      const [printed, fillable] = await Promise.all([readPdfText(read(edition.fileName)), readPdfText(read(fileName))]);
      expect(fillable.pages).toEqual(printed.pages);
    });

    it('has a field for every writing area of its edition, each with a tooltip and an appearance', async () => {
      const form = await readForm(read(fileName));
      const areas = new Set(form.fields.map((field) => areaOf(field)));
      expect([...areas].sort()).toEqual(expectedWritingAreas(readPrintManifest(), edition.options).sort());
      expect(form.fields.filter((field) => !field.tooltip.trim()).map((field) => field.name)).toEqual([]);
      expect(form.fields.filter((field) => !field.hasAppearance).map((field) => field.name)).toEqual([]);
    });

    it('keeps every field inside its page and off the printed text', async () => {
      expect(placementProblems(await readForm(read(fileName)))).toEqual([]);
    });

    it('puts every field in the structure tree', async () => {
      const { problems, fields } = formStructure(await loadPdf(read(fileName)));
      expect(problems).toEqual([]);
      expect(fields.length).toBeGreaterThan(100);
    });

    it('lets a reader fill every field, save, and read the values back', async () => {
      const filled = await readForm(await fillEveryField(read(fileName)));
      const wrong = filled.fields.filter((field) => field.value !== answerFor(field)).map((field) => field.name);
      expect(wrong).toEqual([]);
    });
  });
});
