import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepPart, placePart } from '../../../workbook/print/runtime/print-parts.ts';
import { printSource } from '../../support/print-source.ts';

/** The ids of the blocks directly inside <body>, and the marker that ends a part. */
function blocks(document: Document): string[] {
  return [...document.body.children]
    .filter((block) => block.localName !== 'script')
    .map((block) =>
      block.hasAttribute('data-part-end') ? `end before ${block.className}` : block.id || block.className,
    );
}

function part(index: number, count: number): Document {
  const document = printSource();
  keepPart(document, { index, count });
  return document;
}

describe('keepPart', () => {
  it('cuts the book in two before a chapter, each part with a fair share of the chapters', () => {
    expect(blocks(part(0, 2))).toEqual(['cover', 'contents', 'introduction', 'pain', 'end before print-chapter']);
    expect(blocks(part(1, 2))).toEqual(['owning', 'talking', 'facilitator-guide', 'notes', 'notes-2', 'print-back']);
  });

  it('cuts the book in three', () => {
    expect(blocks(part(0, 3))).toEqual(['cover', 'contents', 'introduction', 'end before print-chapter']);
    expect(blocks(part(1, 3))).toEqual(['pain', 'owning', 'end before print-chapter']);
    expect(blocks(part(2, 3))).toEqual(['talking', 'facilitator-guide', 'notes', 'notes-2', 'print-back']);
  });

  it('keeps the whole book as one part', () => {
    expect(blocks(part(0, 1))).toEqual(blocks(printSource()));
  });

  it('keeps the page’s script', () => {
    expect(part(1, 2).querySelector('body > script')).not.toBeNull();
  });

  it('gives a later part the book’s title for its running head, hidden and with ids of its own', () => {
    const later = part(1, 2);
    const title = later.querySelector('#owning > .print-cover__title');
    expect(title?.hasAttribute('hidden')).toBe(true);
    expect(title?.id).toBe('cover-title-part-2');
    expect(title?.textContent.trim()).toBe('Rebuilding Trust');
    expect(later.querySelector('#cover-title')).toBeNull();
    expect(part(0, 2).querySelectorAll('.print-cover__title')).toHaveLength(1);
  });

  it.each([
    [{ index: 0, count: 5 }, 'Cannot lay out part 1 of 5: the book has 4 chapters to cut at'],
    [{ index: 2, count: 2 }, 'Cannot lay out part 3 of 2: the book has 4 chapters to cut at'],
    [{ index: -1, count: 2 }, 'Cannot lay out part 0 of 2: the book has 4 chapters to cut at'],
    [{ index: 0, count: 0 }, 'Cannot lay out part 1 of 0: the book has 4 chapters to cut at'],
    [{ index: 0, count: 1.5 }, 'Cannot lay out part 1 of 1.5: the book has 4 chapters to cut at'],
  ])('refuses %j', (which, message) => {
    expect(() => keepPart(printSource(), which)).toThrow(message);
  });
});

/*
 * placePart reads each link's `hash`, which browsers have and linkedom lacks; the test lends
 * linkedom's anchors the browser's getter for the fragment links placePart looks at.
 */
let anchorPrototype: object;
beforeAll(() => {
  anchorPrototype = Object.getPrototypeOf(parseHTML('<a href="#x"></a>').document.querySelector('a')) as object;
  Object.defineProperty(anchorPrototype, 'hash', {
    configurable: true,
    get(this: Element) {
      const href = this.getAttribute('href') ?? '';
      return href.includes('#') ? href.slice(href.indexOf('#')) : '';
    },
  });
});
afterAll(() => {
  Reflect.deleteProperty(anchorPrototype, 'hash');
});

/** A part as Paged.js leaves it: numbered from 1, each page with its `.pagedjs_area`. */
function laidOut(pages: string[]): Document {
  const body = pages
    .map(
      (content, index) =>
        `<div class="pagedjs_page" id="page-${index + 1}" data-page-number="${index + 1}"><div class="pagedjs_area">${content}</div></div>`,
    )
    .join('');
  return parseHTML(`<html><head></head><body><div class="pagedjs_pages">${body}</div></body></html>`).document;
}

describe('placePart', () => {
  it('drops the end marker’s page, numbers the pages from the part’s first page, and reports the anchors', () => {
    const document = laidOut([
      '<section id="owning"><h1 id="owning-title">Owning it</h1></section>',
      '<p id="owning-prompt-1">A prompt</p>',
      '<section class="print-chapter" data-part-end></section>',
    ]);
    const placed = placePart(document, { firstPage: 13 }, []);
    expect(placed.pageCount).toBe(2);
    expect(placed.standIns).toEqual([]);
    expect(Object.fromEntries(Object.entries(placed.anchors).map(([id, anchor]) => [id, anchor.page]))).toEqual({
      owning: 13,
      'owning-title': 13,
      'owning-prompt-1': 14,
    });
    const pages = [...document.querySelectorAll('.pagedjs_page')];
    expect(pages.map((page) => [page.id, page.getAttribute('data-page-number')])).toEqual([
      ['page-13', '13'],
      ['page-14', '14'],
    ]);
    expect(document.head.querySelector('style')?.textContent).toContain('counter-reset: page 12 ');
  });

  it('keeps the last page of the book’s last part, which has no end marker', () => {
    const placed = placePart(
      laidOut(['<section id="notes"></section>', '<section id="back"></section>']),
      {
        firstPage: 40,
      },
      [],
    );
    expect(placed.pageCount).toBe(2);
    expect(placed.anchors['back']?.page).toBe(41);
  });

  it('gives each link to an anchor in another part one empty stand-in on the last page', () => {
    const document = laidOut([
      '<nav><a href="#introduction">Introduction</a><a href="#owning">Owning it</a><a href="#owning">again</a></nav>',
      '<p><a href="#notes%202">Notes</a></p>',
      '<section id="introduction"></section>',
    ]);
    const placed = placePart(document, { firstPage: 1 }, []);
    expect(placed.standIns).toEqual(['owning', 'notes 2']);
    const standIns = [...document.querySelectorAll('[data-stand-in]')];
    expect(standIns.map((standIn) => [standIn.id, standIn.textContent, standIn.closest('.pagedjs_page')?.id])).toEqual([
      ['owning', '', 'page-3'],
      ['notes 2', '', 'page-3'],
    ]);
    expect(placed.anchors['owning']).toBeUndefined();
  });

  it('refuses a document that has not been paginated', () => {
    expect(() => placePart(printSource(), { firstPage: 1 }, [])).toThrow(
      'placePart: the document has not been paginated',
    );
  });
});
