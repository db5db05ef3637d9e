import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import type { FormFieldBox } from '../../../workbook/contracts/form-fields.ts';
import type { PageLayout } from '../../../workbook/contracts/page-layout.ts';
import { defaultEdition, type EditionOptions } from '../../../workbook/edition/edition-schema.ts';
import { printPagePath } from '../../../workbook/edition/standard-editions.ts';
import { serveDirectory, type ServedDirectory } from '../../../workbook/io/serve-directory.ts';
import { loadPrintPage, openPrintPage } from '../../../workbook/render/print-page.ts';
import { requireDist } from '../../support/built-site.ts';

/** What the finished pages give back: the fields, each page's layout, and every "(continued)" label. */
interface Laid {
  /** The area made longer than a page: its field name. */
  area: string;
  fields: FormFieldBox[];
  pages: PageLayout[];
  labels: { page: number; words: string; bottom: number }[];
}

/**
 * Ruled space longer than a page, on the real print page (dist/): the book's own blocks all fit on
 * a page, so one prompt's block is given 40 lines before layout. It must be cut, go on under its
 * owner's name and "(continued)" (a personal copy: "Your answer", never a role), outside the
 * form field of the page it goes on to; and no other block of the book may be cut.
 */
describe('a writing block longer than a page', () => {
  let browser: Browser;
  let server: ServedDirectory;
  const laid = new Map<string, Laid>();

  /** Lays `edition` out with 40 more lines in the first writing area `selector` finds. */
  async function layOut(name: string, edition: EditionOptions, selector: string): Promise<void> {
    const url = new URL(printPagePath(edition), server.url).href;
    const printPage = await openPrintPage(browser, url, AbortSignal.timeout(120_000), () => {});
    try {
      await loadPrintPage(printPage, url);
      await printPage.call('apply', edition);
      const area = await printPage.page.evaluate((blocks) => {
        const writing = document.querySelector<HTMLElement>(`${blocks} > .writing`);
        if (!writing) throw new Error(`no ${blocks} with writing space`);
        for (let line = 0; line < 40; line += 1) {
          const rule = document.createElement('div');
          rule.className = 'writing__line';
          writing.append(rule);
        }
        return writing.getAttribute('data-fill-name') ?? '';
      }, selector);
      await printPage.call('paginate', {});
      await printPage.call('finish', {});
      const fields = await printPage.call('collectFields');
      const pages = await printPage.call('collectPages');
      const labels = await printPage.page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.writing__continued')].map((label) => {
          const page = label.closest<HTMLElement>('.pagedjs_page')!;
          return {
            page: Number(page.dataset['pageNumber']),
            words: label.textContent,
            bottom: label.getBoundingClientRect().bottom - page.getBoundingClientRect().top,
          };
        }),
      );
      laid.set(name, { area, fields, pages, labels });
    } finally {
      await printPage.close();
    }
  }

  beforeAll(async () => {
    requireDist();
    server = await serveDirectory('dist');
    browser = await launchChromium();
    await Promise.all([
      // The shared book's writing space is the joint exercises': its page of open lines.
      layOut('shared', defaultEdition, '.print-exercise--lines[data-for="both"]'),
      layOut(
        'personal',
        { ...defaultEdition, paper: 'a4', for: 'involved' },
        '.print-reflection[data-for="involved"]:not(.print-reflection--page)',
      ),
    ]);
  }, 240_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it.each([
    ['shared', 'What we want the new relationship to be (continued)'],
    ['personal', 'Your answer (continued)'],
  ])('goes on in the %s copy under its owner’s name, outside the field of the page it goes on to', (name, label) => {
    const { area, fields, labels } = laid.get(name)!;
    const first = fields.find((field) => field.name === `${area}.1`)!;
    const second = fields.find((field) => field.name === `${area}.2`)!;
    expect(second.page).toBe(first.page + 1);
    const above = labels.find((candidate) => candidate.page === second.page);
    expect(above?.words).toBe(label);
    expect(above!.bottom).toBeLessThanOrEqual(second.rect.y + 0.5);
  });

  it.each(['shared', 'personal'])('cuts no other block of the %s copy: each fits on a page', (name) => {
    const { area, fields } = laid.get(name)!;
    const cut = fields.filter((field) => /\.2$/.test(field.name)).map((field) => field.name);
    expect(cut).toEqual([`${area}.2`]);
  });

  it.each(['shared', 'personal'])('begins no page of the %s copy with unnamed lines', (name) => {
    expect(laid.get(name)!.pages.filter((page) => page.unnamedWriting !== undefined)).toEqual([]);
  });
});
