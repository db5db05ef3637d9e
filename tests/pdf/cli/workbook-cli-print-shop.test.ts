import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookletPages } from '../../../workbook/page/booklet-pages.ts';
import { paperSizes } from '../../../workbook/page/paper-sizes.ts';
import { paperPoints } from '../../../workbook/pdf/set-page-size.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { requireDist } from '../../support/built-site.ts';
import { squash } from '../../support/compare-text.ts';
import { printShopProblems, unembeddedFonts } from '../../support/print-shop.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';
import { useTempDir } from '../../support/temp-dir.ts';

/*
 * `npm run workbook -- --print-shop`: the file a print shop asks for, through the same renderer
 * and guards as every edition (the CLI refuses a PDF the guards fail): TrimBox the finished page,
 * BleedBox trim + bleed, crop marks outside the bleed, every font embedded, and the imprint's line
 * naming paper, trim and binding. A booklet's sheets get the same boxes.
 */

const out = useTempDir('workbook-cli-print-shop');

async function make(name: string, args: string[]) {
  const file = path.join(out(), `${name}.pdf`);
  const result = await runWorkbookCli([...args, '--out', file]);
  expect(result.code, result.stderr).toBe(0);
  const bytes = new Uint8Array(readFileSync(file));
  return { doc: await PDFDocument.load(bytes, { updateMetadata: false }), text: await readPdfText(bytes) };
}

beforeAll(requireDist);

describe('npm run workbook -- --print-shop', () => {
  it('gives every Letter page its trim, a 3 mm bleed and crop marks outside it, with every font embedded', async () => {
    const { doc, text } = await make('letter', ['--print-shop', '--chapters', '2']);
    expect(doc.getPageCount()).toBeGreaterThan(10);
    expect(printShopProblems(doc, paperPoints(paperSizes.letter), 3)).toEqual([]);
    expect(unembeddedFonts(doc)).toEqual([]);
    expect(squash(text.pages.join(' '))).toContain(
      squash('For the print shop: US Letter, trimmed to 215.9 × 279.4 mm (3 mm bleed and crop marks on every page)'),
    );
  });

  it('sets the bleed asked for, and gives a booklet’s every sheet the same boxes, naming the fold and the staples', async () => {
    const { doc, text } = await make('booklet', [
      '--print-shop',
      '--bleed',
      '5',
      '--booklet',
      '--paper',
      'a4',
      '--chapters',
      '2',
    ]);
    expect(printShopProblems(doc, bookletPages.a4.sheet, 5)).toEqual([]);
    expect(squash(text.pages.join(' '))).toContain(squash('folded to 148.5 × 210 mm and saddle-stitched'));
  });

  it('gives a set’s every page the boxes and marks once, its front sheet and blanks included', async () => {
    const { doc, text } = await make('set', ['--print-shop', '--set', '--paper', 'a4', '--chapters', '2']);
    expect(printShopProblems(doc, paperPoints(paperSizes.a4), 3)).toEqual([]);
    // The shared book and both copies each carry the imprint's line.
    expect(text.pages.filter((page) => squash(page).includes(squash('For the print shop:')))).toHaveLength(3);
  });

  it('is refused as a fillable PDF, in one line naming the setting', async () => {
    const result = await runWorkbookCli(['--print-shop', '--fillable', '--out', path.join(out(), 'no.pdf')]);
    expect(result.code).toBe(2);
    // One line naming the setting, then the pointer to --help every CLI error ends with.
    const [first, ...rest] = result.stderr.trim().split('\n');
    expect(first).toMatch(/^--fillable: a print-shop PDF cannot be fillable: [^\n]+\.$/);
    expect(rest).toEqual(['Run `npm run workbook -- --help` for the options.']);
  });
});

describe('a home-printing edition', () => {
  it('is unchanged: no bleed, no marks, the paper as the page', async () => {
    const { doc, text } = await make('home', ['--chapters', '2']);
    const page = doc.getPage(0);
    expect(page.getTrimBox()).toEqual(page.getMediaBox());
    expect(squash(text.pages.join(' '))).not.toContain(squash('For the print shop'));
  });
});
