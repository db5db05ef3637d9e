/**
 * `node bench/measure-form-fields.ts [--pdf file] [--fields file.json] [--runs N]`: what a
 * fillable edition adds to post-processing. Times postprocessPdf on the same PDF without and
 * with fields, interleaved run by run (the machine is shared: both sides see the same load), and
 * the form's three steps alone: adding the fields, reading the tagged text (pdf.js), tagging.
 * By default: the built letter workbook (dist/) with 150 synthetic boxes, three on each of 50
 * pages; --fields takes a list of FormFieldBox as a render measured it. Not part of `npm test`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import type { FormFieldBox } from '../workbook/contracts/form-fields.ts';
import { addFormFields } from '../workbook/pdf/add-form-fields.ts';
import { postprocessPdf, type PdfMeta } from '../workbook/pdf/postprocess.ts';
import { readMarkedText } from '../workbook/pdf/read-marked-text.ts';
import { tagFormFields } from '../workbook/pdf/tag-form-fields.ts';
import { projectRoot } from './builds.ts';
import { spreadOf, timeSeconds, type Spread } from './stats.ts';

const { values } = parseArgs({
  options: {
    pdf: { type: 'string', default: path.join(projectRoot, 'dist/downloads/rebuilding-trust-workbook-letter.pdf') },
    fields: { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
  strict: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number ≥ 1, received "${values.runs}"`);

const pdf = new Uint8Array(readFileSync(values.pdf));
const pageCount = (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
const fields: FormFieldBox[] = values.fields
  ? (JSON.parse(readFileSync(values.fields, 'utf8')) as FormFieldBox[])
  : syntheticFields(Math.min(50, pageCount - 2));
const meta: PdfMeta = {
  title: 'Bench',
  author: 'Bench',
  subject: 'Bench',
  keywords: [],
  creator: 'bench',
  producer: 'bench',
  language: 'en',
  date: new Date('2025-01-01T00:00:00Z'),
};

/** Three ruled boxes (96 px tall, letter width less margins) on each of `pages` pages from page 3. */
function syntheticFields(pages: number): FormFieldBox[] {
  return Array.from({ length: pages * 3 }, (_, index) => ({
    name: `bench.p${3 + Math.floor(index / 3)}.f${index % 3}`,
    kind: 'multiline' as const,
    page: 3 + Math.floor(index / 3),
    rect: { x: 96, y: 150 + (index % 3) * 300, width: 600, height: 96 },
    tooltip: `Bench field ${index + 1}`,
    linePitch: 32,
  }));
}

const plain: number[] = [];
const fillable: number[] = [];
const steps = { add: [] as number[], read: [] as number[], tag: [] as number[] };
for (let run = 0; run < runs; run += 1) {
  plain.push(await timeSeconds(() => postprocessPdf(pdf, meta)));
  fillable.push(await timeSeconds(() => postprocessPdf(pdf, { ...meta, fields })));
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  let placed: Awaited<ReturnType<typeof addFormFields>> = [];
  steps.add.push(await timeSeconds(async () => (placed = await addFormFields(doc, fields))));
  let text: Awaited<ReturnType<typeof readMarkedText>> = new Map();
  const pages = new Set(placed.map((field) => field.pageIndex));
  steps.read.push(await timeSeconds(async () => (text = await readMarkedText(pdf, pages))));
  steps.tag.push(await timeSeconds(() => Promise.resolve(tagFormFields(doc, placed, text))));
}

const show = (label: string, spread: Spread) =>
  console.log(
    `${label.padEnd(34)} ${spread.median.toFixed(3)} s  (min ${spread.min.toFixed(3)}, max ${spread.max.toFixed(3)})`,
  );
const pagesWithFields = new Set(fields.map((field) => field.page)).size;
console.log(
  `${path.basename(values.pdf)}: ${pageCount} pages, ${fields.length} fields on ${pagesWithFields} pages, ${runs} runs`,
);
show('postprocessPdf, no fields', spreadOf(plain));
show('postprocessPdf, with fields', spreadOf(fillable));
show('  addFormFields', spreadOf(steps.add));
show('  readMarkedText (pdf.js)', spreadOf(steps.read));
show('  tagFormFields', spreadOf(steps.tag));
const ratios = fillable.map((seconds, index) => seconds / plain[index]!);
console.log(`with / without, paired by run: median ×${spreadOf(ratios).median.toFixed(2)}`);
