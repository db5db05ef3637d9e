import { beforeAll, describe, expect, it } from 'vitest';
import { defaultEdition } from '../../../workbook/edition/edition-schema.ts';
import { paginate } from '../../../workbook/render/paginate.ts';
import { useChromiumAndDist } from '../../support/chromium-and-dist.ts';
import { collectPageFacts, type PageFacts } from './print-layout.ts';

/**
 * The print rules that matter, asserted on the paginated print source the way Paged.js's own
 * specs do: on `.pagedjs_page` elements and their content, for both paper sizes.
 */
const opened = useChromiumAndDist();

describe.each(['letter', 'a4'] as const)('the %s print source, paginated', (paper) => {
  let pages: PageFacts[];
  let personalPages: PageFacts[];
  beforeAll(async () => {
    // The standard edition, as the build publishes it: the print page is laid out as an edition makes it.
    const result = await paginate(opened.browser, `${opened.server.url}workbook/print/${paper}/`, {
      edition: { ...defaultEdition, paper },
      collect: collectPageFacts,
    });
    pages = result.collected;
    // A personal copy: where the prompts have their writing space.
    const personal = await paginate(opened.browser, `${opened.server.url}workbook/print/${paper}/`, {
      edition: { ...defaultEdition, paper, for: 'involved' },
      collect: collectPageFacts,
    });
    personalPages = personal.collected;
  });

  it('opens every chapter on a right-hand page', () => {
    const openers = pages.filter((page) => page.opens.length > 0);
    expect(openers.length).toBe(11);
    for (const page of openers) expect(page.side, `${page.opens.join()} on page ${page.number}`).toBe('right');
  });

  it('makes each verso left blank by a right-hand opening a Notes page', () => {
    const blanks = pages.filter((page) => page.blank);
    expect(blanks.length).toBeGreaterThan(0);
    for (const page of blanks) {
      const where = `page ${page.number}`;
      expect(page.side, where).toBe('left');
      expect(page.empty, where).toBe(true);
      expect(page.head, `the running head of ${where}`).toBe('Notes');
      expect(page.ruled, `the rules of ${where}`).toBe(true);
      expect(pages[page.number]?.side, `the page after ${where}`).toBe('right');
    }
  });

  it('heads and rules no page but those versos as Notes', () => {
    const notes = pages.filter((page) => !page.blank && (page.head === 'Notes' || page.ruled));
    expect(notes.map((page) => `page ${page.number}: “${page.head}”${page.ruled ? ', ruled' : ''}`)).toEqual([]);
  });

  it('never separates a prompt from its first writing lines', () => {
    expect(personalPages.reduce((sum, page) => sum + page.prompts, 0)).toBeGreaterThan(20);
    expect(
      personalPages.flatMap((page) => page.promptsWithoutLines.map((id) => `${id} on page ${page.number}`)),
    ).toEqual([]);
  });

  it('never leaves a single line of a paragraph alone at the foot or head of a page (widows and orphans ≥ 2)', () => {
    expect(pages.flatMap((page) => page.loneLines.map((line) => `“${line}…” on page ${page.number}`))).toEqual([]);
  });

  it('never leaves a heading last on a page', () => {
    expect(pages.flatMap((page) => page.headingsLast.map((heading) => `“${heading}” on page ${page.number}`))).toEqual(
      [],
    );
  });
});
