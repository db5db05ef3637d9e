import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparePngs, MAX_DIFFERENT_SHARE, writeImage } from './compare-png.ts';
import { diffDir, referencePng, visualPapers } from './references.ts';
import { openPdfRenderer, type PdfPageRenderer } from './render-pdf-pages.ts';
import { snapshotPages, type PageSnapshot } from './snapshot-pages.ts';
import { visualPages } from './visual-pages.ts';

/*
 * A few pages of each published workbook PDF, drawn by pdf.js, against approved images. Pages
 * are found by their text; `npm run visual:refresh` approves the current look on purpose.
 */

let renderer: PdfPageRenderer;
beforeAll(async () => {
  renderer = await openPdfRenderer();
});
afterAll(async () => {
  await renderer.close();
});

const percent = (share: number) => `${(share * 100).toFixed(2)} %`;
const relative = (file: string) => path.relative(process.cwd(), file);

describe.each(visualPapers)('the %s workbook looks as approved', (paper) => {
  let snapshots: PageSnapshot[];
  beforeAll(async () => {
    snapshots = await snapshotPages(renderer, paper);
  });

  it.each(visualPages.map((page) => page.name))('%s', (name) => {
    const { page, number, png } = snapshots.find((snapshot) => snapshot.page.name === name)!;
    const where = `${paper}: ${page.description}, page ${number}`;
    const reference = referencePng(paper, name);
    if (!existsSync(reference)) {
      expect.fail(
        `${where}: no reference image at ${relative(reference)}; run \`npm run visual:refresh\` to create it.`,
      );
    }
    const result = comparePngs(png, readFileSync(reference));
    if (result.sizeMismatch === undefined && result.differentShare <= MAX_DIFFERENT_SHARE) return;

    const rendered = path.join(diffDir(), `${paper}-${name}.actual.png`);
    writeImage(rendered, png);
    const diff = path.join(diffDir(), `${paper}-${name}.diff.png`);
    if (result.diff) writeImage(diff, result.diff);
    expect.fail(
      `${where} differs from ${relative(reference)}: ` +
        (result.sizeMismatch ??
          `${percent(result.differentShare)} of pixels changed (limit ${percent(MAX_DIFFERENT_SHARE)})`) +
        `. Rendered: ${relative(rendered)}${result.diff ? `, diff: ${relative(diff)}` : ''}. ` +
        'If the change is intended, run `npm run visual:refresh` and review the new images.',
    );
  });
});
