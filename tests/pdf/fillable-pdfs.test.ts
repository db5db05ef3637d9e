import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readMarkedText } from '../../workbook/pdf/read-marked-text.ts';
import { builtFile, distDir, readPage } from '../support/built-site.ts';
import { answerFor, fillEveryField, placementProblems, readForm } from '../support/pdf-form.ts';
import { formStructure, misplacedInReadingOrder } from '../support/pdf-form-structure.ts';
import { loadPdf } from '../support/pdf-inspect.ts';
import { summariseStructure } from '../support/pdf-structure.ts';

/*
 * Every fillable PDF the build publishes, as the built workbook page lists it for readers (from
 * the render's figures, workbook-pages.json): the same checks as the fixture's form
 * (form-fields.test.ts), on the real book.
 */

/** The fillable PDFs the built /workbook/ page links to, by file name under dist/downloads/. */
function listedFillablePdfs(): string[] {
  if (!existsSync(builtFile('/workbook/'))) return [];
  const links = [...readPage('/workbook/').querySelectorAll('a[href$=".pdf"]')].map((link) =>
    path.basename(link.getAttribute('href') ?? ''),
  );
  return [...new Set(links.filter((name) => /-fillable-/.test(name)))].sort();
}

const listed = listedFillablePdfs();

it('the workbook page lists fillable PDFs', () => {
  expect(existsSync(builtFile('/workbook/')), 'run `npm run build` first: dist/workbook/ is missing').toBe(true);
  expect(listed, 'no fillable PDF is linked from /workbook/: a build with fillable editions lists them').not.toEqual(
    [],
  );
});

describe.each(listed)('%s', (fileName) => {
  const read = () => {
    const file = path.join(distDir, 'downloads', fileName);
    if (!existsSync(file)) throw new Error(`${file} is listed on /workbook/ but missing: run \`npm run build\`.`);
    return new Uint8Array(readFileSync(file));
  };

  it('has fields, each a text field or a check box with a tooltip and an appearance', async () => {
    const { fields } = await readForm(read());
    expect(fields.length).toBeGreaterThan(0);
    const bad = fields.filter((field) => field.type === 'other' || !field.tooltip.trim() || !field.hasAppearance);
    expect(bad.map((field) => `${field.name} (page ${field.page})`)).toEqual([]);
  });

  it('keeps every field inside its page and off the printed text', async () => {
    expect(placementProblems(await readForm(read()))).toEqual([]);
  });

  it('lets a reader fill every field, save, and read the values back', async () => {
    const { fields } = await readForm(await fillEveryField(read()));
    const wrong = fields.filter((field) => field.value !== answerFor(field));
    expect(wrong.map((field) => `${field.name}: ${String(field.value)}`)).toEqual([]);
  });

  it('stays tagged, every widget in the structure tree and reached right after its prompt', async () => {
    const bytes = read();
    const doc = await loadPdf(bytes);
    expect(doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString()).toBe('true');
    const structure = formStructure(doc);
    expect(structure.problems).toEqual([]);
    expect(summariseStructure(doc).problems).toEqual([]);
    // Fields the structure tree holds away from their prompt: 0 on the real book.
    expect(misplacedInReadingOrder(structure.fields, await readMarkedText(bytes))).toEqual([]);
    const pages = new Set(structure.fields.map((field) => field.page));
    for (const page of pages) {
      expect(doc.getPages()[page - 1]?.node.get(PDFName.of('Tabs')), `page ${page}`).toBe(PDFName.of('S'));
    }
  });
});
