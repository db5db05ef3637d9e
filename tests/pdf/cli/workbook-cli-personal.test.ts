import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book as content } from '../../../src/lib/book.ts';
import { copyLetter } from '../../../src/lib/readers.ts';
import { revealingWords } from '../../../workbook/guard/discreet-outside.ts';
import { bookMargins, marginBands } from '../../../workbook/page/page-margins.ts';
import { readOutline, type OutlineEntry } from '../../../workbook/pdf/read-outline.ts';
import { readPdfText, type PdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { printManifestSchema, type PrintManifest } from '../../../workbook/contracts/print-manifest.ts';
import { distDir, requireDist } from '../../support/built-site.ts';
import { squash } from '../../support/compare-text.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';

/*
 * Personal copies (--for hurt|involved) and the discreet outside (--discreet), on real renders
 * through the CLI. What must be in each copy comes from the print manifest the site build wrote.
 */

const out = mkdtempSync(path.join(tmpdir(), 'workbook-cli-personal-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
let manifest: PrintManifest;
beforeAll(() => {
  requireDist();
  manifest = printManifestSchema.parse(
    JSON.parse(readFileSync(path.join(distDir, 'workbook/print/book.json'), 'utf8')),
  );
});

async function make(
  name: string,
  args: string[],
): Promise<{ bytes: Uint8Array; text: PdfText; outline: OutlineEntry[] }> {
  const file = path.join(out, `${name}.pdf`);
  const result = await runWorkbookCli([...args, '--out', file]);
  expect(result.code, result.stderr).toBe(0);
  const bytes = new Uint8Array(readFileSync(file));
  return { bytes, text: await readPdfText(bytes, marginBands(bookMargins)), outline: await readOutline(bytes) };
}

/** Every prompt and exercise of the book, with the reader it is for. */
function blocksOf(book: PrintManifest): { label: string; for: string; text: string }[] {
  return book.chapters.flatMap((chapter) => [
    ...chapter.prompts.map((prompt) => ({ label: prompt.id, for: prompt.for, text: prompt.text })),
    ...chapter.exercises.map((exercise) => ({
      label: exercise.id,
      for: exercise.for,
      text: exercise.blocks[0] ?? exercise.title,
    })),
  ]);
}

describe.each([
  ['hurt', 'involved', 'letter'],
  ['involved', 'hurt', 'a4'],
] as const)('npm run workbook -- --for %s', (reader, other, paper) => {
  let text: PdfText;
  beforeAll(async () => {
    ({ text } = await make(`for-${reader}`, ['--for', reader, '--paper', paper]));
  });

  it(`prints every prompt and exercise for the ${reader} partner and for both, and none for the ${other} partner`, () => {
    const whole = squash(text.bodies.join(' '));
    const blocks = blocksOf(manifest);
    expect(blocks.filter((block) => block.for === other).length).toBeGreaterThan(0);
    const missing = blocks
      .filter((block) => block.for === reader || block.for === 'both')
      .filter((block) => !whole.includes(squash(block.text)))
      .map((block) => block.label);
    const printed = blocks
      .filter((block) => block.for === other)
      .filter((block) => whole.includes(squash(block.text)))
      .map((block) => block.label);
    expect(missing).toEqual([]);
    expect(printed).toEqual([]);
  });

  it('has every chapter, one writing block per prompt and no “Partner A” or “Partner B”', () => {
    const whole = squash(text.pages.join(' '));
    for (const chapter of manifest.chapters) expect(whole, chapter.id).toContain(squash(chapter.title));
    // Print sets the labels in capitals, and the PDF's text keeps them so.
    expect(text.pages.join(' ')).not.toMatch(/\b(Partner|PARTNER) [AB]\b/);
  });

  it('has one name line on the cover, says it is your own copy, and keeps the joint pages', () => {
    expect(text.pages[0]).toContain('This copy belongs to');
    // Which of the set it is, in neutral words: the reader's place in content/book.json.
    expect(text.pages[0]).toContain(`Copy ${copyLetter(reader)}`);
    const whole = squash(text.pages.join(' '));
    expect(whole).toContain(squash('Each of you keeps your own copy and shares what you choose'));
    expect(whole).not.toContain(squash('Decide who is who'));
    // Joint pages are signed by both partners; a personal copy names its reader “you”, never a role.
    for (const joint of ['Weekly trust check-in', 'Our agreement', 'Your signature', 'Your partner’s signature'])
      expect(whole, joint).toContain(squash(joint));
  });
});

describe('npm run workbook -- --discreet', () => {
  let made: { bytes: Uint8Array; text: PdfText; outline: OutlineEntry[] };
  beforeAll(async () => {
    made = await make('discreet', ['--discreet', '--chapters', '1-2']);
  });
  const revealing = new RegExp(revealingWords.join('|'), 'i');

  it('names no subject on the cover, its imprint, the back page or any running head', () => {
    const { pages, heads } = made.text;
    expect(pages[0]).toContain(manifest.discreetTitle);
    expect(pages[0]).not.toMatch(revealing);
    expect(pages.at(-1)).toContain(manifest.discreetTitle);
    expect(pages.at(-1)).not.toMatch(revealing);
    expect(pages[1], 'the imprint on the cover’s verso').toContain(manifest.discreetTitle);
    expect(pages[1], 'the imprint on the cover’s verso').not.toMatch(revealing);
    // The running heads are there, and they are the neutral title or a section's.
    expect(heads.filter((head) => head.includes(manifest.discreetTitle)).length).toBeGreaterThan(0);
    heads.forEach((head, index) => expect(head, `page ${index + 1}`).not.toMatch(revealing));
  });

  it('names neither the subject nor the book in the PDF’s details or first bookmark', async () => {
    const document = await PDFDocument.load(made.bytes, { updateMetadata: false });
    expect(document.getTitle()).toBe(manifest.discreetTitle);
    expect(made.outline[0]?.title).toBeTruthy();
    const book = new RegExp(`${revealing.source}|${content.shortTitle}`, 'i');
    for (const [field, value] of Object.entries({
      title: document.getTitle(),
      author: document.getAuthor(),
      subject: document.getSubject(),
      keywords: document.getKeywords(),
      creator: document.getCreator(),
      producer: document.getProducer(),
      'first bookmark': made.outline[0]?.title,
    })) {
      expect(value ?? '', field).not.toMatch(book);
    }
  });

  it('leaves the inside as it is', () => {
    expect(squash(made.text.bodies.join(' '))).toMatch(revealing);
  });
});

it('refuses a reader it does not know, naming the choices', async () => {
  const result = await runWorkbookCli(['--for', 'partner', '--out', path.join(out, 'never.pdf')]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('--for');
  expect(result.stderr).toMatch(/"couple".*"hurt".*"involved"/);
});
