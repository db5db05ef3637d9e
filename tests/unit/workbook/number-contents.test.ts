import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { numberContents } from '../../../workbook/print/runtime/number-contents.ts';

/** Pages as Paged.js leaves them: `.pagedjs_page` elements numbered in `data-page-number`. */
function paginated(pages: string[]): Document {
  const body = pages
    .map((content, index) => `<div class="pagedjs_page" data-page-number="${index + 1}">${content}</div>`)
    .join('');
  return parseHTML(`<html><body><div class="pagedjs_pages">${body}</div></body></html>`).document;
}

const contents = `<nav class="print-contents">
  <a href="#introduction"><span class="print-contents__page" data-page-of="introduction"></span></a>
  <a href="#pain"><span class="print-contents__page" data-page-of="pain"></span></a>
  <a href="#notes"><span class="print-contents__page" data-page-of="notes"></span></a>
</nav>`;

const numbers = (document: Document) =>
  [...document.querySelectorAll('[data-page-of]')].map((slot) => [slot.getAttribute('data-page-of'), slot.textContent]);

describe('numberContents', () => {
  it('writes the page each entry’s target is on', () => {
    const document = paginated([
      '<section id="cover"></section>',
      contents,
      '<section id="introduction"></section>',
      '',
      '<section id="pain"></section>',
      '<p>pain, continued</p>',
      '<section id="notes"></section>',
    ]);
    numberContents(document);
    expect(numbers(document)).toEqual([
      ['introduction', '3'],
      ['pain', '5'],
      ['notes', '7'],
    ]);
  });

  it('skips the empty stand-ins a part leaves for anchors in other parts, and takes their pages as given', () => {
    const document = paginated([
      contents,
      '<section id="introduction"></section>',
      '<span id="pain" data-stand-in></span><span id="notes" data-stand-in></span>',
    ]);
    numberContents(document, { pain: 14, notes: 40 });
    expect(numbers(document)).toEqual([
      ['introduction', '2'],
      ['pain', '14'],
      ['notes', '40'],
    ]);
  });

  it('prefers the page an anchor is on here over a page given for elsewhere', () => {
    const document = paginated([
      contents,
      '<section id="introduction"></section><section id="pain"></section><section id="notes"></section>',
    ]);
    numberContents(document, { pain: 99 });
    expect(numbers(document)).toEqual([
      ['introduction', '2'],
      ['pain', '2'],
      ['notes', '2'],
    ]);
  });

  it('names every entry whose target no page holds', () => {
    const document = paginated([contents, '<section id="pain"></section>']);
    expect(() => numberContents(document)).toThrow('The contents point to #introduction, #notes, which no page holds');
  });

  it('refuses a document that has not been paginated', () => {
    const { document } = parseHTML(`<html><body>${contents}<section id="introduction"></section></body></html>`);
    expect(() => numberContents(document)).toThrow('numberContents: the document has not been paginated');
  });
});
