import { PDFBool, PDFDict, PDFName } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { postprocessPdf, type PdfMeta } from '../../../workbook/pdf/postprocess.ts';
import { readOutline, type OutlineEntry } from '../../../workbook/pdf/read-outline.ts';
import { readPdfText, type PdfText } from '../../../workbook/pdf/read-pdf-text.ts';
import { paginate, type PaginatedPdf } from '../../../workbook/render/paginate.ts';
import type { ServedDirectory } from '../../../workbook/io/serve-directory.ts';
import { servePrintFixtures } from './serve-print-fixtures.ts';
import { catalogHasDict, catalogText, loadPdf, sha256, trailerId } from '../../support/pdf-inspect.ts';

const RUNNING_HEAD = 'Rebuilding Trust ·';
const CHAPTERS = ['Noticing', 'Listening', 'Repairing'];
// Chapter 1 fills three pages; `break-before: right` then leaves pages 4 and 6 blank.
const CHAPTER_PAGES = [1, 5, 7];
const BLANK_PAGES = [4, 6];
const PAGE_COUNT = 7;

const meta: PdfMeta = {
  title: 'Fixture Workbook',
  author: 'Fixture Author',
  subject: 'Render test',
  keywords: ['fixture'],
  creator: 'workbook tests',
  producer: 'Chromium + pdf-lib',
  language: 'en-US',
  date: new Date('2025-01-01T00:00:00Z'),
};

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe('rendering the fixture book', () => {
  let browser: Browser;
  let server: ServedDirectory;
  let render: PaginatedPdf;
  let text: PdfText;
  let outline: OutlineEntry[];
  const progress: number[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = await servePrintFixtures();
    render = await paginate(browser, new URL('index.html', server.url).href, {
      timeoutMs: 30_000,
      onProgress: (pages) => progress.push(pages),
    });
    text = await readPdfText(render.pdf);
    outline = await readOutline(render.pdf);
  });
  afterAll(async () => {
    await server.close();
    await browser.close();
  });

  it('lays out the expected pages and reports each one', () => {
    expect(render.pageCount).toBe(PAGE_COUNT);
    expect(text.pages).toHaveLength(PAGE_COUNT);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(render.seconds).toBeGreaterThan(0);
  });

  it('accounts for its time step by step, within the total', () => {
    const { load, layout, print, join } = render.phases;
    for (const [phase, seconds] of Object.entries({ load, layout, print })) {
      expect(seconds, phase).toBeGreaterThan(0);
    }
    expect(join, 'a book in one part is not joined').toBe(0);
    expect(load + layout + print).toBeLessThanOrEqual(render.seconds);
  });

  it('prints every page at the @page size, 5.5 × 8.5 in', () => {
    for (const size of text.sizes) expect(size).toEqual({ width: 396, height: 612 });
  });

  it('prints the running head and folio once per page, none on blank pages', () => {
    text.pages.forEach((page, index) => {
      const pageNumber = index + 1;
      if (BLANK_PAGES.includes(pageNumber)) {
        expect(page, `page ${pageNumber}`).toBe('');
        return;
      }
      expect(occurrences(page, RUNNING_HEAD), `running heads on page ${pageNumber}`).toBe(1);
      expect(occurrences(page, `Page ${pageNumber}`), `folios on page ${pageNumber}`).toBe(1);
    });
    expect(text.pages[1]).toContain(`${RUNNING_HEAD} Noticing`);
  });

  it('bookmarks the three chapters in order, each on the page it starts', () => {
    const chapters = outline.filter((entry) => entry.depth === 0);
    expect(chapters.map((entry) => entry.title)).toEqual(CHAPTERS);
    expect(chapters.map((entry) => entry.pageNumber)).toEqual(CHAPTER_PAGES);
    CHAPTERS.forEach((title, index) => {
      expect(text.pages[(CHAPTER_PAGES[index] ?? 0) - 1]).toContain(`${title} paragraph 1.`);
    });
  });

  it('lays out with the web font, loaded before pagination', () => {
    expect(Buffer.from(render.pdf).toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+Literata/);
  });

  it('keeps the tagged structure and outline through post-processing, and adds the metadata', async () => {
    const doc = await loadPdf(await postprocessPdf(render.pdf, meta));
    expect(catalogHasDict(doc, 'StructTreeRoot')).toBe(true);
    expect(catalogHasDict(doc, 'Outlines')).toBe(true);
    const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.lookup(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(catalogText(doc, 'Lang')).toBe('en-US');
    expect(doc.getTitle()).toBe(meta.title);
  });

  it('post-processes the same render to the same bytes', async () => {
    const first = await postprocessPdf(render.pdf, meta);
    const second = await postprocessPdf(render.pdf, meta);
    expect(sha256(second)).toBe(sha256(first));
    expect(trailerId(first)).toBeDefined();
    expect(await readOutline(first)).toEqual(outline);
  });

  it('renders the same source to the same post-processed bytes again', async () => {
    const again = await paginate(browser, new URL('index.html', server.url).href, { timeoutMs: 30_000 });
    expect(sha256(await postprocessPdf(again.pdf, meta))).toBe(sha256(await postprocessPdf(render.pdf, meta)));
  });

  it('blanks Chrome’s native margin boxes so a folio is never printed twice', async () => {
    const { pdf } = await paginate(browser, new URL('native-margin-boxes.html', server.url).href, {
      timeoutMs: 30_000,
    });
    const { pages } = await readPdfText(pdf);
    expect(pages).toHaveLength(1);
    expect(occurrences(pages[0] ?? '', 'Folio 1')).toBe(1);
  });

  it('gives display-less custom elements a block display, so break-inside applies', async () => {
    const { pdf } = await paginate(browser, new URL('custom-elements.html', server.url).href, { timeoutMs: 30_000 });
    const { pages } = await readPdfText(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (let card = 0; card < 8; card += 1) {
      const starts = pages.findIndex((page) => page.includes(`Card ${card} start.`));
      const ends = pages.findIndex((page) => page.includes(`Card ${card} end.`));
      expect(starts, `card ${card} is printed`).toBeGreaterThanOrEqual(0);
      expect(ends, `card ${card} ends on the page it starts`).toBe(starts);
    }
  });
});
