import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import type { FormFieldBox } from '../../../workbook/contracts/form-fields.ts';
import type { PrintManifest } from '../../../workbook/contracts/print-manifest.ts';
import type { PrintWindow } from '../../../workbook/contracts/print-runtime-api.ts';
import { defaultEdition, type EditionOptions } from '../../../workbook/edition/edition-schema.ts';
import { expectedWritingAreas } from '../../../workbook/guard/fillable-expectations.ts';
import { printPagePath } from '../../../workbook/edition/standard-editions.ts';
import { areaOf, checkFormFields } from '../../../workbook/guard/form-fields.ts';
import { serveDirectory, type ServedDirectory } from '../../../workbook/io/serve-directory.ts';
import { paginate, type PaginateOptions } from '../../../workbook/render/paginate.ts';
import { paginateInParts } from '../../../workbook/render/paginate-in-parts.ts';
import { requireDist } from '../../support/built-site.ts';
import { readPrintManifest } from '../../support/print-manifest.ts';

/** What the page gives back: the fields, and every line of printed text with its page box. */
interface Measured {
  fields: FormFieldBox[];
  /** Each page's size, and the boxes of its printed text (text nodes, checkbox frames aside). */
  pages: {
    page: number;
    width: number;
    height: number;
    text: { x: number; y: number; width: number; height: number; words: string }[];
  }[];
}

/** Runs in the finished print page (serialised by Playwright: self-contained). */
function measure(): Measured {
  const runtime = (window as Window & PrintWindow).workbook;
  if (!runtime) throw new Error('the print page has no runtime');
  const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page')].map((page) => {
    const sheet = page.getBoundingClientRect();
    const text: Measured['pages'][number]['text'] = [];
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || node.parentElement?.closest('[hidden]')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        if (box.width === 0 || box.height === 0) continue;
        text.push({
          x: box.left - sheet.left,
          y: box.top - sheet.top,
          width: box.width,
          height: box.height,
          words: node.textContent.trim().slice(0, 40),
        });
      }
    }
    return { page: Number(page.dataset['pageNumber']), width: sheet.width, height: sheet.height, text };
  });
  return { fields: runtime.collectFields(), pages };
}

const overlap = (a: FormFieldBox['rect'], b: FormFieldBox['rect']) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/**
 * The runtime's `collectFields()` on the real print page (dist/), in the render that prints:
 * every writing block, table cell, checklist item and signature line becomes a field on its
 * page, clear of every word printed there; a book laid out in parts gives the same fields as laid
 * out whole. (Ruled space longer than a page, a field per page: long-writing-block.test.ts.)
 */
describe('the writing space, measured in the paginated pages', () => {
  let browser: Browser;
  let server: ServedDirectory;
  let manifest: PrintManifest;
  const rendered = new Map<string, Measured>();
  const render = async (name: string, edition: EditionOptions, parts = 1) => {
    const url = new URL(printPagePath(edition), server.url).href;
    const options: PaginateOptions<Measured> = { edition, collect: measure };
    const result =
      parts === 1
        ? (await paginate(browser, url, options)).collected
        : (await paginateInParts(browser, url, parts, options)).collected;
    rendered.set(name, result);
    return result;
  };
  const shared: EditionOptions = { ...defaultEdition, lines: 'roomy' };
  const personal: EditionOptions = { ...defaultEdition, paper: 'a4', for: 'hurt', discreet: true };

  beforeAll(async () => {
    requireDist();
    manifest = readPrintManifest();
    server = await serveDirectory('dist');
    browser = await launchChromium();
    await Promise.all([render('shared', shared), render('personal', personal)]);
    await render('parts', shared, 3);
  }, 180_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it.each([
    ['shared', shared],
    ['personal', personal],
  ] as const)('gives every writing area of the %s copy a field inside its page', (name, edition) => {
    const { fields, pages } = rendered.get(name)!;
    const page = pages[0]!;
    expect(checkFormFields(fields, expectedWritingAreas(manifest, edition), page)).toEqual([]);
    expect(fields.length).toBeGreaterThan(100);
    for (const field of fields) {
      const { width, height } = pages.find((candidate) => candidate.page === field.page)!;
      expect(field.rect.x + field.rect.width, field.name).toBeLessThanOrEqual(width);
      expect(field.rect.y + field.rect.height, field.name).toBeLessThanOrEqual(height);
    }
  });

  it.each(['shared', 'personal'])('covers no printed word in the %s copy', (name) => {
    const { fields, pages } = rendered.get(name)!;
    const covering = fields.flatMap((field) =>
      pages
        .find((candidate) => candidate.page === field.page)!
        .text.filter((text) => overlap(field.rect, text))
        .map((text) => `${field.name} (page ${field.page}) covers "${text.words}"`),
    );
    expect(covering).toEqual([]);
  });

  it('has a checkbox per checklist item, text fields on the name, date and signature lines', () => {
    const { fields } = rendered.get('shared')!;
    // The shared book's checklists are those done together; one partner's is ticked in their own copy.
    const joint = manifest.chapters.flatMap((chapter) => chapter.exercises).filter((e) => e.for === 'both');
    const items = joint.reduce((sum, e) => sum + (e.items ?? 0), 0);
    expect(items).toBeGreaterThan(10);
    expect(fields.filter((field) => field.kind === 'checkbox')).toHaveLength(items);
    for (const field of fields.filter((candidate) => /\.(signature|date)\.|^cover\./.test(candidate.name))) {
      expect(field.kind, field.name).toBe('text');
      // Room for a line of typing (4 mm), beside the cover's captions, above the signatures'.
      expect(field.rect.height, field.name).toBeGreaterThanOrEqual(15);
    }
    expect(fields.filter((field) => field.name.startsWith('cover.'))).toHaveLength(3);
    // A signature and a date line per partner: each agreement exercise's, then the closing "Our agreement".
    const agreements = joint.filter((e) => e.layout === 'agreement');
    expect(agreements.length).toBeGreaterThan(0);
    expect(fields.filter((field) => /\.(signature|date)\./.test(field.name))).toHaveLength((agreements.length + 1) * 4);
  });

  it('names the exercise and, on a signature line, the partner in each tooltip, with the ruling’s pitch', () => {
    const { fields } = rendered.get('shared')!;
    const agreement = manifest.chapters
      .flatMap((chapter) => chapter.exercises)
      .find((candidate) => candidate.layout === 'agreement' && candidate.for === 'both')!;
    const signatures = fields.filter((field) => field.name.startsWith(`${agreement.id}.signature.`));
    expect(signatures.map((field) => field.tooltip.split(':')[0]).sort()).toEqual([
      'The partner who had the affair',
      'The partner who was hurt',
    ]);
    for (const field of signatures) expect(field.tooltip).toContain(agreement.title);
    // Roomy lines are 9 mm apart: the joint page of open lines is ruled so.
    const lines = manifest.chapters
      .flatMap((chapter) => chapter.exercises)
      .find((candidate) => candidate.layout === 'lines' && candidate.for === 'both')!;
    expect(fields.find((field) => field.name === `${lines.id}.1`)?.linePitch).toBeCloseTo((9 * 96) / 25.4, 1);
    const cell = fields.find((field) => field.name === 'weekly-check-in.r1.c1')!;
    expect(cell.tooltip).toBe('Weekly trust check-in: Week of, row 1');
  });

  it('names no partner in a personal copy’s prompts: each block is its reader’s own', () => {
    const { fields } = rendered.get('personal')!;
    const prompts = new Set(manifest.chapters.flatMap((chapter) => chapter.prompts.map((prompt) => prompt.id)));
    const promptFields = fields.filter((field) => prompts.has(areaOf(field).replace(/\.(hurt|involved)$/, '')));
    expect(promptFields.length).toBeGreaterThan(10);
    for (const field of promptFields) {
      expect(field.name).not.toMatch(/\.(hurt|involved)\.\d+$/);
      expect(field.tooltip).not.toMatch(/^The partner who was/);
    }
    expect(fields.some((field) => field.name === 'cover.owner')).toBe(true);
    expect(fields.some((field) => field.name === 'cover.name-1')).toBe(false);
  });

  it('names no role on a personal copy’s signature lines: “your signature”, “your partner’s”', () => {
    const { fields } = rendered.get('personal')!;
    const lines = fields.filter((field) => /\.(signature|date)\./.test(field.name));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.tooltip, line.name).toMatch(/: (the date beside )?your (partner’s )?signature$/);
      expect(line.tooltip, line.name).not.toMatch(/partner who/i);
    }
  });

  it('measures the same fields, on the same pages of the finished PDF, when the book is laid out in parts', () => {
    expect(rendered.get('parts')!.fields).toEqual(rendered.get('shared')!.fields);
  });
});
