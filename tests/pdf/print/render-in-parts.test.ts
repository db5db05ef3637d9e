import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { standardEditions } from '../../../workbook/edition/standard-editions.ts';
import { readOutline } from '../../../workbook/pdf/read-outline.ts';
import { readPdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { renderEdition, type RenderedEdition } from '../../../workbook/render/render-edition.ts';
import { serveDirectory, type ServedDirectory } from '../../../workbook/io/serve-directory.ts';
import { requireDist } from '../../support/built-site.ts';
import { readPrintManifest } from '../../support/print-manifest.ts';
import { loadPdf } from '../../support/pdf-inspect.ts';
import { summariseStructure } from '../../support/pdf-structure.ts';

/**
 * A long book is laid out in parts and joined (workbook/render/paginate-in-parts.ts). The real
 * book is short enough for one part, so here it is forced into three (cut at chapters 4 and 8)
 * and compared with the one-part render of the same print source: the reader must not be able
 * to tell them apart.
 */
describe('the Letter workbook laid out in three parts', () => {
  let browser: Browser;
  let server: ServedDirectory;
  let whole: RenderedEdition;
  let parts: RenderedEdition;
  beforeAll(async () => {
    requireDist();
    server = await serveDirectory('dist');
    browser = await launchChromium();
    const manifest = readPrintManifest();
    const edition = standardEditions.find((candidate) => candidate.name === 'letter')!;
    const options = { siteUrl: server.url, manifest, date: new Date(0), author: 'Test', keywords: [] };
    whole = await renderEdition(browser, edition, options);
    parts = await renderEdition(browser, edition, { ...options, parts: 3 });
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('really was laid out in parts and joined', () => {
    expect(whole.phases.join).toBe(0);
    expect(parts.phases.join).toBeGreaterThan(0);
  });

  it('has the same pages with the same text: folios, running heads, Notes versos and contents numbers', async () => {
    const [a, b] = await Promise.all([readPdfText(whole.pdf), readPdfText(parts.pdf)]);
    expect(b.pages).toHaveLength(a.pages.length);
    b.pages.forEach((text, index) => expect(text, `page ${index + 1}`).toBe(a.pages[index]));
  });

  it('has the same bookmarks, landing on the same pages', async () => {
    expect(await readOutline(parts.pdf)).toEqual(await readOutline(whole.pdf));
  });

  it('has one intact structure tree, element for element the same', async () => {
    const [a, b] = await Promise.all([loadPdf(whole.pdf), loadPdf(parts.pdf)]);
    const [expected, actual] = [summariseStructure(a), summariseStructure(b)];
    expect(actual.problems).toEqual([]);
    expect(expected.problems).toEqual([]);
    expect(actual.elements.length).toBeGreaterThan(500);
    expect(actual.elements).toEqual(expected.elements);
  });

  it('keeps every link, each going to the same page (the contents into later parts included)', async () => {
    const [a, b] = await Promise.all([loadPdf(whole.pdf), loadPdf(parts.pdf)]);
    const links = summariseStructure(b).links;
    expect(links.length).toBeGreaterThanOrEqual(15);
    expect(links).toEqual(summariseStructure(a).links);
  });

  it('reports the same page of each chapter to the site', () => {
    expect(parts.chapters).toEqual(whole.chapters);
  });
});
