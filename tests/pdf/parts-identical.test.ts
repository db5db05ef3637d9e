import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../workbook/browser/launch-chromium.ts';
import type { PrintManifest } from '../../workbook/contracts/print-manifest.ts';
import { withOwnCopyPages } from '../../workbook/edition/own-copy-pairing.ts';
import { OWN_COPY_PAGES_PATH, publishedOwnCopyPagesSchema } from '../../workbook/edition/own-copy-pages.ts';
import { standardEditions, type Edition } from '../../workbook/edition/standard-editions.ts';
import { serveDirectory, type ServedDirectory } from '../../workbook/io/serve-directory.ts';
import { bookRenderOptions } from '../../workbook/render/book-render-options.ts';
import { partsFor, partsRule } from '../../workbook/render/parts-for.ts';
import type { RenderEditionOptions, RenderedEdition } from '../../workbook/render/render-edition.ts';
import { renderEditions } from '../../workbook/render/render-editions.ts';
import { distDir, requireDist } from '../support/built-site.ts';
import { readPrintManifest } from '../support/print-manifest.ts';
import { readDownload } from '../support/published-book-pages.ts';

/**
 * Parts change how long a render takes, never what it makes (workbook/render/paginate-in-parts.ts).
 * Every standard edition `npm run build` published (laid out whole: this book is shorter than a
 * book worth cutting, parts-for.ts) is rendered here again in two parts, with the build's date and
 * own-copy pages: the PDFs, fillable twins included, must be the same bytes. Three editions, one
 * of each way a part could differ (a shared book pointing into the personal copies, a personal
 * copy whose prompt pages the shared book reads, a booklet padded after the join), are also laid
 * out in three parts, and compared with the two-part render.
 */

const IN_THREE = ['letter', 'personal-hurt-letter', 'booklet-a4'];

let browser: Browser;
let server: ServedDirectory;
let manifest: PrintManifest;
const inTwo = new Map<string, RenderedEdition>();
const inThree = new Map<string, RenderedEdition>();

beforeAll(async () => {
  requireDist();
  manifest = readPrintManifest();
  const ownCopyPages = publishedOwnCopyPagesSchema.parse(
    JSON.parse(readFileSync(path.join(distDir, OWN_COPY_PAGES_PATH), 'utf8')),
  );
  // The build's date, as it stamped it on the PDFs (the last commit's, unless SOURCE_DATE_EPOCH said otherwise).
  const date = (await PDFDocument.load(readDownload(standardEditions[0]!.fileName))).getCreationDate();
  if (!date) throw new Error('The prebuilt PDFs carry no creation date');
  server = await serveDirectory(distDir, manifest.base);
  browser = await launchChromium();
  const editions = standardEditions.map((edition) => withOwnCopyPages(edition, ownCopyPages));
  // As many parts as asked, where the edition can be cut (a handout's chapters flow on: one part).
  const options =
    (limit: number) =>
    (edition: Edition): RenderEditionOptions => ({
      ...bookRenderOptions({ siteUrl: server.url, manifest, date }),
      parts: partsFor(edition.options, manifest, { limit, fromCharacters: 0 }),
    });
  const keep = (into: Map<string, RenderedEdition>) => (rendered: RenderedEdition[]) => {
    for (const result of rendered) into.set(result.edition.name, result);
  };
  keep(inTwo)(await renderEditions(browser, editions, options(2)));
  const three: Edition[] = editions.filter((edition) => IN_THREE.includes(edition.name));
  keep(inThree)(await renderEditions(browser, three, options(3)));
}, 300_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

const same = (actual: Uint8Array, expected: Uint8Array) => Buffer.from(actual).equals(Buffer.from(expected));

describe.each(standardEditions.map((edition) => [edition.name, edition] as const))('%s', (name, edition) => {
  it('laid out in two parts, is byte for byte the edition as published, whole', () => {
    const rendered = inTwo.get(name)!;
    const cut = !edition.options.promptsOnly;
    expect(rendered.parts).toBe(cut ? 2 : 1);
    expect(rendered.phases.join > 0).toBe(cut);
    const published = readDownload(edition.fileName);
    expect(rendered.pdf.byteLength).toBe(published.byteLength);
    expect(same(rendered.pdf, published), `${edition.fileName} differs from its render in two parts`).toBe(true);
    if (edition.fillableTwin) {
      const twin = readDownload(edition.fillableTwin.fileName);
      expect(same(rendered.fillable!.pdf, twin), `${edition.fillableTwin.fileName} differs`).toBe(true);
    }
  });

  it(edition.options.promptsOnly ? 'is a handout, whose chapters flow on: one part' : 'can be cut into parts', () => {
    expect(partsFor(edition.options, manifest, { limit: 4, fromCharacters: 0 })).toBe(
      edition.options.promptsOnly ? 1 : 4,
    );
  });

  it('is published whole: this book is too short for parts to pay', () => {
    expect(partsFor(edition.options, manifest, partsRule({}, 4))).toBe(1);
  });
});

describe.each(IN_THREE)('%s laid out in three parts at once', (name) => {
  it('really was cut in three and joined', () => {
    const rendered = inThree.get(name)!;
    expect(rendered.parts).toBe(3);
    expect(rendered.phases.join).toBeGreaterThan(0);
  });

  it('is byte for byte the edition laid out in two, fillable twin included', () => {
    const [parts, one] = [inThree.get(name)!, inTwo.get(name)!];
    expect(parts.pageCount).toBe(one.pageCount);
    expect(parts.chapters).toEqual(one.chapters);
    expect(parts.blockPages).toEqual(one.blockPages);
    expect(same(parts.pdf, one.pdf), `${name} in three parts differs from its render in two`).toBe(true);
    if (one.fillable) expect(same(parts.fillable!.pdf, one.fillable.pdf)).toBe(true);
  });
});
