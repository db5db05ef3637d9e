import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import type { FormFieldBox } from '../../workbook/contracts/form-fields.ts';
import { launchChromium } from '../../workbook/browser/launch-chromium.ts';
import { postprocessPdf, type PdfMeta } from '../../workbook/pdf/postprocess.ts';
import { savePdf } from '../../workbook/pdf/save-pdf.ts';
import { loadPdf, sha256 } from '../support/pdf-inspect.ts';
import { answerFor, fillEveryField, placementProblems, readForm } from '../support/pdf-form.ts';
import { readMarkedText } from '../../workbook/pdf/read-marked-text.ts';
import { formStructure, misplacedInReadingOrder, readText } from '../support/pdf-form-structure.ts';
import { summariseStructure } from '../support/pdf-structure.ts';
import { FIXTURE_META, renderFormFixture, type FormFixture } from './form-fixture.ts';

/*
 * A small tagged page pair printed by our Chromium, with ruled space, a name line, a table and a
 * checklist whose boxes the fixture measures: post-processing turns them into a form, and the
 * form is read back the way viewers read it (pdf.js) and filled the way a reader fills it.
 */

const meta: PdfMeta = {
  ...FIXTURE_META,
  // A4 is not the fixture's paper: setPageSize moves the top edge, which fields must not follow.
  pageSize: { width: 432.5, height: 576.4 },
};

const require = createRequire(import.meta.url);
let browser: Browser;
let fixture: FormFixture;
let output: Uint8Array;
let form: Awaited<ReturnType<typeof readForm>>;

beforeAll(async () => {
  browser = await launchChromium();
  fixture = await renderFormFixture(browser);
  output = await postprocessPdf(fixture.pdf, { ...meta, fields: fixture.fields });
  form = await readForm(output);
});
afterAll(async () => {
  await browser.close();
});

describe('a fillable PDF made from measured writing areas', () => {
  it('measures the fixture it expects: ruled space, a name line, table cells and check boxes over two pages', () => {
    const kinds = fixture.fields.map((field) => `${field.page}:${field.kind}`);
    expect(kinds).toEqual([
      '1:multiline',
      '1:multiline',
      '1:text',
      ...Array<string>(6).fill('2:text'),
      ...Array<string>(3).fill('2:checkbox'),
    ]);
  });

  it('lists every field with its type, page and tooltip, as pdf.js reads them', () => {
    const read = form.fields.map(({ name, type, multiline, tooltip, page }) => ({
      name,
      type,
      multiline,
      tooltip,
      page,
    }));
    const expected = fixture.fields.map((field) => ({
      name: field.name,
      type: field.kind === 'checkbox' ? 'checkbox' : 'text',
      multiline: field.kind === 'multiline',
      tooltip: field.tooltip,
      page: field.page,
    }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(read.toSorted(byName)).toEqual(expected.toSorted(byName));
  });

  it('puts each field exactly on its measured box, from the top of the page Chromium printed', () => {
    for (const field of fixture.fields) {
      const read = form.fields.find((candidate) => candidate.name === field.name);
      const top = 576; // the fixture page's height in points before setPageSize
      const expected = [
        field.rect.x * 0.75,
        top - (field.rect.y + field.rect.height) * 0.75,
        (field.rect.x + field.rect.width) * 0.75,
        top - field.rect.y * 0.75,
      ];
      read?.rect.forEach((value, index) => expect(value, field.name).toBeCloseTo(expected[index] ?? NaN, 3));
    }
  });

  it('keeps every field inside its page and off the printed text', () => {
    expect(placementProblems(form)).toEqual([]);
  });

  it('gives every widget an appearance, no border and no background', async () => {
    expect(form.fields.every((field) => field.hasAppearance)).toBe(true);
    const doc = await loadPdf(output);
    for (const field of doc.getForm().getFields()) {
      for (const widget of field.acroField.getWidgets()) {
        expect(widget.getAppearances()?.normal, field.getName()).toBeDefined();
        const characteristics = widget.getAppearanceCharacteristics();
        expect(characteristics?.getBackgroundColor(), field.getName()).toBeUndefined();
        expect(characteristics?.getBorderColor(), field.getName()).toBeUndefined();
        expect(widget.getBorderStyle()?.getWidth() ?? 0, field.getName()).toBe(0);
      }
    }
  });

  it('types in the book’s Literata, embedded whole, at a size that fits the ruling', async () => {
    const doc = await loadPdf(output);
    const acroForm = doc.getForm().acroForm.dict;
    const fonts = acroForm.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    const font = fonts.lookup(PDFName.of('Literata-Regular'), PDFDict);
    expect(font.lookup(PDFName.of('BaseFont'))?.toString()).toBe('/Literata-Regular');
    const descendant = font.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict);
    const file = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict).lookup(PDFName.of('FontFile2'));
    if (!(file instanceof PDFRawStream)) throw new Error('the form font has no embedded TrueType program');
    const embedded = fontkit.create(Buffer.from(decodePDFRawStream(file).decode()));
    const original = fontkit.create(
      readFileSync(require.resolve('@fontsource/literata/files/literata-latin-400-normal.woff')),
    );
    expect(embedded.postscriptName).toBe('Literata-Regular');
    expect(embedded.numGlyphs).toBe(original.numGlyphs);
    expect(embedded.characterSet).toEqual(original.characterSet);
    const appearance = (name: string) => doc.getForm().getTextField(name).acroField.getDefaultAppearance() ?? '';
    // Rules 32 px (24 pt) apart: half the pitch.
    expect(appearance('noticing.safer')).toMatch(/\/Literata-Regular 12 Tf/);
  });

  it('lets a reader fill every field, save, and read the values back', async () => {
    const filled = await readForm(await fillEveryField(output));
    for (const field of fixture.fields) {
      const read = filled.fields.find((candidate) => candidate.name === field.name);
      expect(read?.value, field.name).toEqual(
        answerFor({ name: field.name, type: field.kind === 'checkbox' ? 'checkbox' : 'text' }),
      );
    }
  });

  it('lists each page’s fields in reading order and sets the tab order to the structure', async () => {
    const doc = await loadPdf(output);
    for (const [index, page] of doc.getPages().entries()) {
      const names = form.fields.filter((field) => field.page === index + 1).map((field) => field.name);
      const expected = fixture.fields.filter((field) => field.page === index + 1).map((field) => field.name);
      expect(names, `page ${index + 1}`).toEqual(expected);
      expect(page.node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'));
    }
  });

  it('stays tagged', async () => {
    const doc = await loadPdf(output);
    const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    expect(doc.getPages()[0]?.node.lookup(PDFName.of('StructParents'))).toBeInstanceOf(PDFNumber);
  });

  it('puts every widget in the structure tree: a Form element reaches it, its /StructParent leads back', async () => {
    const doc = await loadPdf(output);
    const structure = formStructure(doc);
    expect(structure.problems).toEqual([]);
    expect(structure.fields.map((field) => field.name).toSorted()).toEqual(
      fixture.fields.map((field) => field.name).toSorted(),
    );
    // The rest of Chromium's tree is whole: every /P right, every page and link in the parent tree.
    expect(summariseStructure(doc).problems).toEqual([]);
  });

  it('lets a screen reader meet each field right after its prompt', async () => {
    const doc = await loadPdf(output);
    const texts = await readMarkedText(output);
    const { fields } = formStructure(doc);
    const readBefore = (name: string) => {
      const before = fields.find((field) => field.name === name)?.before;
      return before ? readText(texts, before)?.text : undefined;
    };
    expect(Object.fromEntries(fixture.fields.map((field) => [field.name, readBefore(field.name)]))).toEqual({
      'noticing.safer': 'What did you notice this week that helped you feel safer?',
      'noticing.say': 'Something you would like to say to your partner:',
      'noticing.name': 'Your name:',
      // A table's empty rows follow the whole table, so its header is read first.
      ...Object.fromEntries(
        ['r1.c1', 'r1.c2', 'r1.c3', 'r2.c1', 'r2.c2', 'r2.c3'].map((cell) => [`check-in.${cell}`, 'What helped']),
      ),
      'ready.1': 'We have an hour without interruptions.',
      'ready.2': 'We both agreed to talk today.',
      'ready.3': 'We know how to pause.',
    });
    expect(misplacedInReadingOrder(fields, texts)).toEqual([]);
  });

  it('keeps Form elements out of a table’s header cells', async () => {
    const { fields } = formStructure(await loadPdf(output));
    const parents = Object.fromEntries(fields.map((field) => [field.name, field.parentType]));
    expect(parents).toMatchObject({ 'noticing.name': 'P', 'check-in.r1.c1': 'NonStruct', 'ready.1': 'LI' });
  });

  it('reads a parent tree split into /Kids, and writes one that leads back from every widget', async () => {
    const doc = await loadPdf(fixture.pdf);
    const root = doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const tree = root.lookup(PDFName.of('ParentTree'), PDFDict);
    const nums = tree.lookup(PDFName.of('Nums'), PDFArray).asArray();
    const kid = (entries: typeof nums) =>
      doc.context.register(
        doc.context.obj({ Nums: entries, Limits: [entries[0] ?? null, entries[entries.length - 2] ?? null] }),
      );
    tree.delete(PDFName.of('Nums'));
    tree.set(PDFName.of('Kids'), doc.context.obj([kid(nums.slice(0, 2)), kid(nums.slice(2))]));
    const split = await savePdf(doc);
    const result = await loadPdf(await postprocessPdf(split, { ...meta, fields: fixture.fields }));
    expect(formStructure(result).problems).toEqual([]);
    expect(summariseStructure(result).problems).toEqual([]);
  });

  it('gives the same bytes for the same input and fields', async () => {
    const again = await postprocessPdf(fixture.pdf, { ...meta, fields: fixture.fields });
    expect(sha256(again)).toBe(sha256(output));
  });

  it('refuses a box that crosses the page edge, naming the field', async () => {
    const [first] = fixture.fields as [FormFieldBox];
    const bad = { ...first, rect: { ...first.rect, y: 700, height: 100 } };
    const attempt = postprocessPdf(fixture.pdf, { ...meta, fields: [bad] });
    await expect(attempt).rejects.toThrow(FriendlyError);
    await expect(attempt).rejects.toThrow(
      `Form field "${first.name}" (page 1): its box crosses the page's bottom edge (y 700 + height 100 > 768 px).`,
    );
  });

  it('refuses a field on a page the PDF lacks', async () => {
    const [first] = fixture.fields as [FormFieldBox];
    await expect(postprocessPdf(fixture.pdf, { ...meta, fields: [{ ...first, page: 3 }] })).rejects.toThrow(
      `Form field "${first.name}" (page 3): the PDF has no such page (it has 2).`,
    );
  });
});
