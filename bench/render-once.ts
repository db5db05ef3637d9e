/**
 * `node bench/render-once.ts --root <checkout> [--paper letter] [--native]`: one render of the
 * workbook with the renderer and the built dist/ of `root` (a checkout of this repository), in a
 * browser of its own; prints its phases as one line of JSON. With --native, Chromium's own print
 * of the same page instead (the floor, as bench/print-floor.ts measures it). bench/compare-renders.ts
 * runs it for two checkouts in turn.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type * as ServeDirectory from '../workbook/io/serve-directory.ts';
import type * as LaunchChromium from '../workbook/browser/launch-chromium.ts';
import type * as Paginate from '../workbook/render/paginate.ts';
import type * as PrintFloor from './print-floor.ts';
import type * as EditionSchema from '../workbook/edition/edition-schema.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    paper: { type: 'string', default: 'letter' },
    native: { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.root);
const from = <Module>(file: string) => import(path.join(root, file)) as Promise<Module>;

const { serveDirectory } = await from<typeof ServeDirectory>('workbook/io/serve-directory.ts');
const { launchChromium } = await from<typeof LaunchChromium>('workbook/browser/launch-chromium.ts');
const { paginate } = await from<typeof Paginate>('workbook/render/paginate.ts');
const { measureFloor } = await from<typeof PrintFloor>('bench/print-floor.ts');
const { defaultEdition } = await from<typeof EditionSchema>('workbook/edition/edition-schema.ts');

const server = await serveDirectory(path.join(root, 'dist'));
try {
  const url = new URL(`workbook/print/${values.paper}/`, server.url).href;
  if (values.native) {
    const floor = await measureFloor(url, 120_000);
    console.log(JSON.stringify({ seconds: floor.seconds, pages: floor.pages }));
  } else {
    const browser = await launchChromium();
    try {
      const edition = { ...defaultEdition, paper: values.paper as 'letter' };
      const rendered = await paginate(browser, url, { edition });
      console.log(JSON.stringify({ seconds: rendered.seconds, pages: rendered.pageCount, ...rendered.phases }));
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
