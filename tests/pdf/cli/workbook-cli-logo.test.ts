import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { requireDist } from '../../support/built-site.ts';
import { squash } from '../../support/compare-text.ts';
import { hostileSvgLogo, pngLogo } from '../../support/logo-files.ts';
import { structureFigures, type PdfFigure } from '../../support/pdf-figures.ts';
import { loadPdf } from '../../support/pdf-inspect.ts';
import { runWorkbookCli } from '../../support/run-workbook-cli.ts';
import { useTempDir } from '../../support/temp-dir.ts';

/*
 * The practice's logo through the CLI, on a real render of one chapter: a PNG and an SVG (the
 * hostile one, sanitised on the way in) printed on the cover with the counselor's alt text as a
 * Figure of the structure tree. The render fails on any request to another origin
 * (workbook/render/page-failures.ts), so a logo that reached out would fail it. Files that are
 * not a logo are refused with exit 2 and one line.
 */

const out = useTempDir('workbook-cli-logo');
const practice = 'Hope Counselling';
const pngAlt = 'Hope Counselling: a green square';
const svgAlt = 'Hope Counselling: a green circle beside a leaf';

async function coverWithLogo(file: string, contents: Uint8Array | string, alt: string) {
  const logo = path.join(out(), file);
  writeFileSync(logo, contents);
  const pdf = path.join(out(), `${file}.pdf`);
  const result = await runWorkbookCli([
    '--chapters',
    '2',
    '--practice',
    practice,
    '--logo',
    logo,
    '--logo-alt',
    alt,
    '--out',
    pdf,
  ]);
  expect(result.code, result.stderr).toBe(0);
  const bytes = new Uint8Array(readFileSync(pdf));
  return { figures: structureFigures(await loadPdf(bytes)), cover: squash((await readPdfText(bytes)).pages[0] ?? '') };
}

let png: { figures: PdfFigure[]; cover: string };
let svg: { figures: PdfFigure[]; cover: string };

beforeAll(async () => {
  requireDist();
  [png, svg] = await Promise.all([
    coverWithLogo('logo.png', pngLogo(), pngAlt),
    coverWithLogo('logo.svg', hostileSvgLogo, svgAlt),
  ]);
}, 300_000);

describe('npm run workbook -- --logo', () => {
  it('prints a PNG logo on the cover, beside the practice name, as a Figure with its alt text', () => {
    expect(png.cover).toContain(squash(practice));
    expect(png.figures.filter((figure) => figure.alt === pngAlt)).toEqual([{ alt: pngAlt, page: 1 }]);
  });

  it('prints a sanitised SVG logo the same way, with nothing fetched while the page was rendered', () => {
    expect(svg.cover).toContain(squash(practice));
    expect(svg.figures.filter((figure) => figure.alt === svgAlt)).toEqual([{ alt: svgAlt, page: 1 }]);
    // The foreignObject's text is gone with it.
    expect(svg.cover).not.toContain('hidden');
  });

  it.each([
    ['notes.txt', new TextEncoder().encode('Our logo is attached.\n'), 'is not a PNG, JPEG or SVG image'],
    ['big.png', Object.assign(new Uint8Array(5 * 1024 * 1024), { 0: 0x89 }), 'is 5.0 MB; a logo may be at most 1 MB'],
  ])('refuses %s with exit 2 and one line naming --logo and the reason', async (file, contents, reason) => {
    const logo = path.join(out(), file);
    writeFileSync(logo, contents);
    const pdf = path.join(out(), `refused-${file}.pdf`);
    const result = await runWorkbookCli(['--logo', logo, '--logo-alt', 'A leaf', '--out', pdf]);
    expect(result.code).toBe(2);
    const line = result.stderr.split('\n').find((candidate) => candidate.includes('--logo:'));
    expect(line).toMatch(new RegExp(`--logo: ".*${file.replace('.', '\\.')}" ${reason.replace(/\./g, '\\.')}`));
    expect(existsSync(pdf)).toBe(false);
  });

  it('asks for the alt text with a logo', async () => {
    writeFileSync(path.join(out(), 'alone.png'), pngLogo());
    const result = await runWorkbookCli(['--logo', path.join(out(), 'alone.png'), '--out', path.join(out(), 'x.pdf')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--logo-alt: is needed with a logo');
  });
});
