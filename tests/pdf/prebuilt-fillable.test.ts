import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedWritingAreas } from '../../workbook/guard/fillable-expectations.ts';
import { standardEditions } from '../../workbook/edition/standard-editions.ts';
import { areaOf } from '../../workbook/guard/form-fields.ts';
import { readPdfText } from '../../workbook/pdf/read-pdf-text.ts';
import { distDir, requireDist } from '../support/built-site.ts';
import { readForm } from '../support/pdf-form.ts';
import { readPrintManifest } from '../support/print-manifest.ts';

/*
 * The fillable PDFs `npm run build` publishes, each beside the printed twin it was made from (one
 * render, two post-processings): the same pages, and a field for every writing area of its
 * edition, counted from the manifest. How the fields sit, read and fill: fillable-pdfs.test.ts.
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
          `personal-copy-a-fillable-${paper}.pdf`,
          `personal-copy-b-fillable-${paper}.pdf`,
        ])
        .sort(),
    );
  });

  describe.each(twins)('$fileName', ({ edition, fileName }) => {
    it('has its printed twin’s pages, word for word', async () => {
      const [printed, fillable] = await Promise.all([readPdfText(read(edition.fileName)), readPdfText(read(fileName))]);
      expect(fillable.pages).toEqual(printed.pages);
    });

    it('has a field for every writing area of its edition, counted from the manifest, and no other', async () => {
      const form = await readForm(read(fileName));
      const areas = new Set(form.fields.map((field) => areaOf(field)));
      expect([...areas].sort()).toEqual(expectedWritingAreas(readPrintManifest(), edition.options).sort());
    });
  });
});
