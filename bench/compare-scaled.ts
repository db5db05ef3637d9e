/**
 * `node bench/compare-scaled.ts --a <checkout> --b <checkout> [--scale 30] [--pairs 1]`: the A/B of
 * bench/compare-renders.ts for a synthetic book `scale` times as long (bench/synthetic-book.ts),
 * rendered as the bench renders it (render-edition, in parts) with its native floor. Each
 * checkout builds its own site of the book (its runtime is in it), then the pairs alternate.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as Builds from './builds.ts';
import type * as MeasureEditions from './measure-editions.ts';
import type * as SyntheticBook from './synthetic-book.ts';
import type * as WorkbookEditions from './workbook-editions.ts';
import type * as PrintManifest from '../tests/support/print-manifest.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    scale: { type: 'string', default: '30' },
    pairs: { type: 'string', default: '1' },
  },
});
if (!values.a || !values.b) throw new Error('usage: node bench/compare-scaled.ts --a <checkout> --b <checkout>');
const roots = { a: path.resolve(values.a), b: path.resolve(values.b) };
const factor = Number(values.scale);
const from = <Module>(root: string, file: string) => import(path.join(root, file)) as Promise<Module>;

const sites = { a: '', b: '' };
for (const side of ['a', 'b'] as const) {
  const root = roots[side];
  const { writeSyntheticBook } = await from<typeof SyntheticBook>(root, 'bench/synthetic-book.ts');
  const { timeSiteBuild } = await from<typeof Builds>(root, 'bench/builds.ts');
  const guide = path.join(root, '.bench/synthetic-guide');
  const chapters = await writeSyntheticBook(path.join(root, 'content/guide'), guide, factor);
  sites[side] = path.join(root, `.bench/compare-scale-${factor}`);
  const seconds = await timeSiteBuild(sites[side], { GUIDE_CONTENT_DIR: guide });
  // Astro's content store can hand a build another book's chapters (see measure-scaling.ts).
  const { readPrintManifest } = await from<typeof PrintManifest>(root, 'tests/support/print-manifest.ts');
  const built = readPrintManifest(sites[side]).chapters.length;
  if (built !== chapters)
    throw new Error(`${root}: the site build has ${built} chapters, not ${chapters}; run it again`);
  console.log(`${side.toUpperCase()}: ${chapters} chapters, site built in ${seconds.toFixed(1)} s`);
}

for (let pair = 0; pair < Number(values.pairs); pair += 1) {
  for (const side of pair % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
    const root = roots[side];
    const { measureEdition } = await from<typeof MeasureEditions>(root, 'bench/measure-editions.ts');
    const { workbookEditions } = await from<typeof WorkbookEditions>(root, 'bench/workbook-editions.ts');
    const { readPrintManifest } = await from<typeof PrintManifest>(root, 'tests/support/print-manifest.ts');
    const edition = workbookEditions().find((candidate) => candidate.options.paper === 'letter')!;
    const run = await measureEdition(sites[side], readPrintManifest(sites[side]), edition, 1, 30 * 60_000);
    const { load, layout, print, join } = run.phases;
    console.log(
      `pair ${pair + 1} ${side.toUpperCase()}: ${run.pages} pages, render ${run.render.median.toFixed(1)} s ` +
        `(load ${load.toFixed(1)} layout ${layout.toFixed(1)} print ${print.toFixed(1)} join ${join.toFixed(1)}), ` +
        `floor ${run.floor.median.toFixed(1)} s, ratio ${run.ratio.toFixed(2)}`,
    );
  }
}
