import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { endPart, exportPart, joinParts, keepPart } from '../../../workbook/print/runtime/print-parts.ts';
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
    expect(title?.hasAttribute('data-part-title')).toBe(true);
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

/** A part as Paged.js leaves it: numbered from 1, each page with its `.pagedjs_area`, and the rule names it generated. */
function laidOut(pages: string[], generated: string[] = []): Document {
  const body = pages
    .map(
      (content, index) =>
        `<div class="pagedjs_page${index === 0 ? ' pagedjs_first_page' : ''}" id="page-${index + 1}" data-page-number="${index + 1}"><div class="pagedjs_area">${content}</div></div>`,
    )
    .join('');
  const { document } = parseHTML(`<html><head></head><body><div class="pagedjs_pages">${body}</div></body></html>`);
  // linkedom has no CSSOM: the sheets Paged.js writes, as much of them as joinParts reads.
  const cssRules = generated.map((name) => ({ cssText: `*[data-nth-of-type*="${name}"] { margin-top: 0; }` }));
  Object.defineProperty(document, 'styleSheets', { value: [{ cssRules }] });
  return document;
}

const pageNumbers = (document: Document) =>
  [...document.querySelectorAll('.pagedjs_page')].map((page) => [page.id, page.getAttribute('data-page-number')]);

const uuid = (digit: string) =>
  `nth-of-type-${digit.repeat(8)}-${digit.repeat(4)}-4${digit.repeat(3)}-8${digit.repeat(3)}-${digit.repeat(12)}`;

describe('endPart', () => {
  it('drops the end marker’s page and Paged.js’s watch on every page', () => {
    const document = laidOut([
      '<section id="owning"></section>',
      '<section class="print-chapter" data-part-end></section>',
    ]);
    const unwatched: number[] = [];
    const pages = [0, 1].map((index) => ({ removeListeners: () => unwatched.push(index) }));
    expect(endPart(document, pages)).toBe(1);
    expect(unwatched).toEqual([0, 1]);
    expect(document.querySelector('[data-part-end]')).toBeNull();
  });

  it('keeps the last page of the book’s last part, which has no end marker', () => {
    expect(endPart(laidOut(['<section id="notes"></section>', '<section id="back"></section>']), [])).toBe(2);
  });

  it('refuses a document that has not been paginated', () => {
    expect(() => endPart(printSource(), [])).toThrow('endPart: the document has not been paginated');
  });
});

describe('exportPart and joinParts', () => {
  it('move a later part’s pages into the first part, numbered on, as the one-part layout numbers them', () => {
    const first = laidOut(['<nav><a href="#owning">Owning it</a></nav>', '<p>Notes</p>'], [uuid('a')]);
    const later = laidOut(
      [
        `<section id="owning"><h1 class="print-cover__title" id="cover-title-part-2" hidden data-part-title>Title</h1><p data-nth-of-type="${uuid('b')}">First</p></section>`,
        '<p>More</p>',
      ],
      [uuid('b')],
    );
    const exported = exportPart(later, { firstPage: 3 });
    expect(exported.generatedNames).toEqual([uuid('b')]);
    expect(joinParts(first, [exported])).toBe(4);
    expect(pageNumbers(first)).toEqual([
      ['page-1', '1'],
      ['page-2', '2'],
      ['page-3', '3'],
      ['page-4', '4'],
    ]);
    // Only the book's first page is Paged.js's first page; the title that set the running head is gone.
    expect([...first.querySelectorAll('.pagedjs_first_page')].map((page) => page.id)).toEqual(['page-1']);
    expect(first.querySelector('[data-part-title]')).toBeNull();
    // The generated rule the moved paragraph matched is the first part's own.
    expect(first.querySelector('#owning p')?.getAttribute('data-nth-of-type')).toBe(uuid('a'));
    expect((first.querySelector('.pagedjs_pages') as HTMLElement).style.getPropertyValue('--pagedjs-page-count')).toBe(
      '4',
    );
  });

  it('refuses parts whose Paged.js generated different rules', () => {
    const exported = exportPart(laidOut(['<p>Later</p>'], [uuid('b'), uuid('c')]), { firstPage: 2 });
    expect(() => joinParts(laidOut(['<p>First</p>'], [uuid('a')]), [exported])).toThrow(
      'Part 2 of the book generated 2 page rules where part 1 has 1',
    );
  });
});
