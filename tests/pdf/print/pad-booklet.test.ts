import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { padBooklet } from '../../../workbook/print/runtime/pad-booklet.ts';

/** Paged.js's page markup, reduced to what padBooklet reads: page elements, sides, content. */
function pagedBook(contents: readonly string[]): string {
  const pages = contents.map((content, index) => {
    const side = index % 2 === 0 ? 'pagedjs_right_page' : 'pagedjs_left_page';
    return `<div class="pagedjs_page ${side}" id="page-${index + 1}" data-page-number="${index + 1}"><div class="pagedjs_area">${content}</div></div>`;
  });
  return `<div class="pagedjs_pages">${pages.join('')}</div>`;
}

const notes = (id: string) => `<section class="print-notes" id="${id}"><h1 id="${id}-title">Notes</h1></section>`;
const back = '<section class="print-back">Back page</section>';

describe('padBooklet, in Chromium on Paged.js-shaped pages', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser.close();
  });

  const pad = async (contents: readonly string[]) => {
    await page.setContent(pagedBook(contents));
    // padBooklet takes the document, which page.evaluate cannot pass: call it by its source.
    const added = await page.evaluate<number>(`(${padBooklet.toString()})(document)`);
    const pages = await page.$$eval('.pagedjs_page', (elements) =>
      elements.map((element) => ({
        id: element.id,
        number: (element as HTMLElement).dataset['pageNumber'],
        side: element.classList.contains('pagedjs_left_page') ? 'left' : 'right',
        text: element.textContent,
        ids: [...element.querySelectorAll('[id]')].map((inner) => inner.id),
      })),
    );
    return { added, pages };
  };

  it('leaves a book of a multiple of four pages alone', async () => {
    const { added, pages } = await pad([
      'Cover',
      'Imprint',
      'Chapter',
      'Chapter',
      notes('notes'),
      notes('notes-2'),
      '',
      back,
    ]);
    expect(added).toBe(0);
    expect(pages).toHaveLength(8);
  });

  it('repeats the Notes spread when two pages short, keeping every later page on its side', async () => {
    const { added, pages } = await pad(['Cover', 'Imprint', notes('notes'), notes('notes-2'), '', back]);
    expect(added).toBe(2);
    expect(pages.map((entry) => entry.text)).toEqual([
      'Cover',
      'Imprint',
      'Notes',
      'Notes',
      'Notes',
      'Notes',
      '',
      'Back page',
    ]);
    // The copies are a right and a left page, so the blank verso and the back page keep their sides.
    expect(pages.map((entry) => entry.side)).toEqual([
      'right',
      'left',
      'right',
      'left',
      'right',
      'left',
      'right',
      'left',
    ]);
    expect(pages.map((entry) => [entry.id, entry.number])).toEqual(
      pages.map((_, index) => [`page-${index + 1}`, String(index + 1)]),
    );
    // Ids stay unique, so the contents and bookmarks still lead to the first Notes page.
    const ids = pages.flatMap((entry) => entry.ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages[4]?.ids).toEqual(['notes-again', 'notes-title-again']);
  });

  it('refuses a book it cannot pad, saying why', async () => {
    await expect(pad(['Cover', 'Imprint', notes('notes'), 'Chapter', '', back])).rejects.toThrow(
      /A booklet needs a multiple of 4 pages; this one has 6 and no spread of Notes pages to repeat/,
    );
  });
});
