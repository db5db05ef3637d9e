import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { readOutline } from '../../../workbook/pdf/read-outline.ts';
import { readPdfText, type PdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { sentencesOf } from '../../../workbook/guard/completeness.ts';
import { squash } from '../../support/compare-text.ts';
import { useTempDir } from '../../support/temp-dir.ts';
import { referenceArticle } from '../../support/reference-article.ts';
import { requireDist } from '../../support/built-site.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';

const out = useTempDir('workbook-cli');
const titles = referenceArticle().map((section) => section.heading ?? 'Introduction');
const practice = "O'Brien & Partners <Family Therapy>";

async function make(name: string, args: string[]): Promise<{ bytes: Uint8Array; text: PdfText }> {
  const file = path.join(out(), `${name}.pdf`);
  const result = await runWorkbookCli([...args, '--out', file]);
  expect(result.code, result.stderr).toBe(0);
  const bytes = new Uint8Array(readFileSync(file));
  return { bytes, text: await readPdfText(bytes) };
}

beforeAll(requireDist);

describe('npm run workbook: each option', () => {
  it('--practice and --contact print the name exactly, as text, on the cover and the back page', async () => {
    const { text } = await make('practice', [
      '--practice',
      practice,
      '--contact',
      '555-0100 | obrien.example',
      '--chapters',
      '2',
    ]);
    const cover = text.pages[0] ?? '';
    const back = text.pages.at(-1) ?? '';
    for (const page of [cover, back]) {
      expect(page).toContain(`Provided by ${practice}`);
      expect(page).toContain('555-0100');
      expect(page).toContain('obrien.example');
    }
  });

  it('--paper a4 --chapters 2,5-7 sets A4 and only those chapters, in the contents and the body', async () => {
    const { bytes, text } = await make('a4-subset', ['--paper', 'a4', '--chapters', '2,5-7']);
    for (const size of text.sizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
    const chosen = [0, 2, 5, 6, 7].map((index) => titles[index] ?? '');
    const left = titles.filter((title) => !chosen.includes(title));
    const outline = (await readOutline(bytes)).filter((entry) => entry.depth === 0).map((entry) => squash(entry.title));
    expect(outline.filter((title) => titles.some((t) => squash(t) === title))).toEqual(chosen.map(squash));
    const contents = text.pages.find((page) => page.includes('Contents')) ?? '';
    for (const title of chosen) expect(squash(contents)).toContain(squash(title));
    const whole = squash(text.pages.join(' '));
    for (const title of left) expect(whole, title).not.toContain(squash(title));
  });

  it('--prompts-only leaves out every article sentence but keeps the prompts', async () => {
    const { text } = await make('prompts-only', ['--prompts-only', '--chapters', '3']);
    const whole = squash(text.pages.join(' '));
    const printed = referenceArticle()
      .flatMap((section) => sentencesOf(section.paragraph))
      .filter((sentence) => whole.includes(squash(sentence)));
    expect(printed).toEqual([]);
    expect(whole).toContain(squash('Reflect and talk'));
    expect(whole).toContain(squash(titles[3] ?? ''));
  });

  it('--lines roomy gives more writing space than --lines compact', async () => {
    // A prompts-only handout flows without right-hand openings, so the space shows in the page count;
    // a personal copy's, since the shared book's prompts are answered in the personal copies.
    const only = ['--chapters', '2-4', '--prompts-only', '--for', 'hurt'];
    const compact = await make('compact', ['--lines', 'compact', ...only]);
    const roomy = await make('roomy', ['--lines', 'roomy', ...only]);
    expect(roomy.text.pages.length).toBeGreaterThan(compact.text.pages.length);
  });

  it('--facilitator adds the facilitator guide, listed in the contents', async () => {
    const without = await make('no-facilitator', ['--chapters', '1']);
    const withGuide = await make('facilitator', ['--chapters', '1', '--facilitator']);
    expect(squash(without.text.pages.join(' '))).not.toContain(squash('When not to use couples exercises'));
    expect(squash(withGuide.text.pages.join(' '))).toContain(squash('When not to use couples exercises'));
    const contents = withGuide.text.pages.find((page) => page.includes('Contents')) ?? '';
    expect(contents).toMatch(/Facilitator guide \d+/);
  });
});

describe('npm run workbook --booklet', () => {
  it('imposes A5 pages two to a landscape A4 side, in saddle-stitch order', async () => {
    const { bytes, text } = await make('booklet-a4', [
      '--paper',
      'a4',
      '--chapters',
      '2-4',
      '--booklet',
      '--practice',
      practice,
    ]);
    for (const size of text.sizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([842, 595]);
    const sides = await halves(bytes);
    const pages = sides.length * 2;
    expect(pages % 4).toBe(0);
    // Sheet 1 front: the back page on the left, the cover on the right.
    expect(sides[0]?.left).toContain('Read the guide privately');
    expect(sides[0]?.right).toContain('A WORKBOOK FOR COUPLES');
    // Sheet 1 back: page 2 (the imprint) on the left, page n−1 on the right.
    expect(sides[1]?.left).toContain('not a substitute for therapy');
    // Every side pairs pages whose numbers add up to n + 1 (folios: outer corners). The cover, the
    // back page and a chapter's opening page print no folio, so a side may show one or none; most
    // show both (14 of these 20 sides), and the sums are checked on those, never on none.
    const paired = sides.flatMap(({ leftFolio, rightFolio }, index) =>
      leftFolio === undefined || rightFolio === undefined ? [] : [{ side: index + 1, sum: leftFolio + rightFolio }],
    );
    expect(paired.length, 'sides on which both folios were found').toBeGreaterThanOrEqual(sides.length / 2);
    for (const { side, sum } of paired) expect(sum, `side ${side}`).toBe(pages + 1);
  });

  it('all options together', async () => {
    const { text } = await make('everything', [
      '--paper',
      'letter',
      '--practice',
      practice,
      '--contact',
      '555-0100',
      '--chapters',
      '5',
      '--lines',
      'roomy',
      '--prompts-only',
      '--booklet',
      '--facilitator',
    ]);
    for (const size of text.sizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([792, 612]);
    const whole = squash(text.pages.join(' '));
    expect(whole).toContain(squash(`Provided by ${practice}`));
    expect(whole).toContain(squash('When not to use couples exercises'));
    expect(whole).not.toContain(squash('Words can begin to repair trust'));
    expect(whole).toContain(squash(titles[5] ?? ''));
  });
});

/** Each side's text split at the fold, with the folio (a lone number) found on each half. */
async function halves(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const sides: { left: string; right: string; leftFolio?: number; rightFolio?: number }[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const middle = page.getViewport({ scale: 1 }).width / 2;
    const left: string[] = [];
    const right: string[] = [];
    const folios: { x: number; value: number }[] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item)) continue;
      const x = item.transform[4] as number;
      (x < middle ? left : right).push(item.str);
      if (/^\d+$/.test(item.str.trim()) && (item.transform[5] as number) < 40)
        folios.push({ x, value: Number(item.str) });
    }
    const leftFolio = folios.find((folio) => folio.x < middle)?.value;
    const rightFolio = folios.find((folio) => folio.x >= middle)?.value;
    sides.push({
      left: left.join(' '),
      right: right.join(' '),
      ...(leftFolio === undefined ? {} : { leftFolio }),
      ...(rightFolio === undefined ? {} : { rightFolio }),
    });
  }
  await pdf.loadingTask.destroy();
  return sides;
}

it('writes nothing when it fails', () => {
  expect(existsSync(path.join(out(), 'never.pdf'))).toBe(false);
});
