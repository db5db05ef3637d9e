import { numberedCount } from '../../../src/lib/book-order.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFCheckBox, PDFDocument, PDFName, PDFString, PDFHexString, PDFTextField } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PrintManifest } from '../../../workbook/contracts/print-manifest.ts';
import { parseWorkbookArgs } from '../../../workbook/cli/parse-workbook-args.ts';
import { defaultEdition } from '../../../workbook/edition/edition-schema.ts';
import { expectedWritingAreas } from '../../../workbook/guard/fillable-expectations.ts';
import { areaOf } from '../../../workbook/guard/form-fields.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { distDir, requireDist } from '../../support/built-site.ts';
import { catalogHasDict, loadPdf } from '../../support/pdf-inspect.ts';
import { readPrintManifest } from '../../support/print-manifest.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';

/*
 * `npm run workbook -- --fillable`: the printed edition with a form field over every writing area,
 * counted from the print manifest the site build wrote, on a real render through the CLI.
 */

const out = useTempDir('workbook-cli-fillable');
let manifest: PrintManifest;
let bytes: Uint8Array;
let doc: PDFDocument;
let stdout: string;

function tooltipOf(field: PDFTextField | PDFCheckBox): string {
  const tu = field.acroField.dict.lookup(PDFName.of('TU'));
  return tu instanceof PDFString || tu instanceof PDFHexString ? tu.decodeText() : '';
}

describe('npm run workbook -- --fillable --paper letter', () => {
  beforeAll(async () => {
    requireDist();
    manifest = readPrintManifest();
    const file = path.join(out(), 'f.pdf');
    const result = await runWorkbookCli(['--fillable', '--paper', 'letter', '--out', file]);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
    bytes = new Uint8Array(readFileSync(file));
    doc = await loadPdf(bytes);
  }, 180_000);

  it('has a field for every writing area, cell, checklist item and signature line the manifest counts, and no other', () => {
    const fields = doc.getForm().getFields();
    const areas = new Set(fields.map((field) => areaOf({ name: field.getName() })));
    const expected = expectedWritingAreas(manifest, { ...defaultEdition, fillable: true });
    expect([...areas].sort()).toEqual([...new Set(expected)].sort());
    expect(stdout).toContain(`${fields.length} form fields`);
  });

  it('makes checklist items checkboxes, and signatures, dates and cells text fields', () => {
    const form = doc.getForm();
    // The shared book's checklists are those done together; one partner's is ticked in their own copy.
    const items = manifest.chapters
      .flatMap((chapter) => chapter.exercises)
      .filter((exercise) => exercise.for === 'both')
      .reduce((sum, e) => sum + (e.items ?? 0), 0);
    const boxes = form.getFields().filter((field) => field instanceof PDFCheckBox);
    expect(boxes).toHaveLength(items);
    for (const field of form
      .getFields()
      .filter((candidate) => /\.(signature|date)\.|\.r\d+\.c\d+$/.test(candidate.getName())))
      expect(field, field.getName()).toBeInstanceOf(PDFTextField);
  });

  it('gives every field a tooltip (/TU), naming the partner on a shared copy’s signature lines', () => {
    const fields = doc.getForm().getFields() as (PDFTextField | PDFCheckBox)[];
    const missing = fields.filter((field) => tooltipOf(field).trim() === '').map((field) => field.getName());
    expect(missing).toEqual([]);
    const hurt = fields.find((field) => /\.signature\.hurt$/.test(field.getName()));
    expect(hurt && tooltipOf(hurt)).toMatch(/^The partner who was hurt: /);
  });

  it('is still a tagged PDF', () => {
    expect(catalogHasDict(doc, 'StructTreeRoot')).toBe(true);
    expect(catalogHasDict(doc, 'MarkInfo')).toBe(true);
  });

  it('has the pages of the printed workbook, word for word', async () => {
    const printed = new Uint8Array(readFileSync(path.join(distDir, 'downloads/rebuilding-trust-workbook-letter.pdf')));
    const [a, b] = await Promise.all([readPdfText(printed), readPdfText(bytes)]);
    expect(b.pages).toEqual(a.pages);
  });

  it('has the same fields as the prebuilt fillable workbook, which comes from the printed one’s render', async () => {
    const prebuilt = await PDFDocument.load(
      readFileSync(path.join(distDir, 'downloads/rebuilding-trust-workbook-fillable-letter.pdf')),
      { updateMetadata: false },
    );
    const names = (pdf: PDFDocument) =>
      pdf
        .getForm()
        .getFields()
        .map((field) => field.getName());
    expect(names(prebuilt)).toEqual(names(doc));
  });
});

describe('npm run workbook -- --fillable with every other setting but the booklet', () => {
  const args = [
    ...['--paper', 'a4', '--chapters', '2-3', '--lines', 'compact', '--prompts-only', '--facilitator'],
    ...['--practice', 'Hope Counselling', '--contact', '020 7946 0000 | hope.example'],
    ...['--for', 'involved', '--discreet', '--fillable'],
  ];

  it('passes every guard and has a field for each writing area of that edition', async () => {
    requireDist();
    const file = path.join(out(), 'every-setting.pdf');
    const result = await runWorkbookCli([...args, '--out', file]);
    expect(result.code, result.stderr).toBe(0);
    const form = (await loadPdf(new Uint8Array(readFileSync(file)))).getForm();
    const areas = new Set(form.getFields().map((field) => areaOf({ name: field.getName() })));
    const edition = parseWorkbookArgs([...args, '--out', file], () => ({
      chapterCount: numberedCount(readPrintManifest().chapters),
    }));
    if (edition.help) throw new Error('not a help request');
    expect([...areas].sort()).toEqual(expectedWritingAreas(readPrintManifest(), edition.edition).sort());
    expect(areas.has('cover.owner')).toBe(true);
  }, 180_000);
});
