import { describe, expect, it } from 'vitest';
import { applyEdition, fullPageLines } from '../../../workbook/print/runtime/apply-edition.ts';
import { editionSchemaFor } from '../../../workbook/edition/edition-schema.ts';
import { logoDataUrl } from '../../../workbook/logo/logo-image.ts';
import { pngLogo } from '../../support/logo-files.ts';
import { printSource, textsOf } from '../../support/print-source.ts';

/** The print source with `input` applied, as the print page does before Paged.js starts. */
function printed(input: Record<string, unknown> = {}): Document {
  const document = printSource();
  applyEdition(document, editionSchemaFor({ chapterCount: 10 }).parse(input));
  return document;
}

const chapterIds = (document: Document) =>
  [...document.querySelectorAll('.print-chapter')].map((chapter) => chapter.id);
const contentsIds = (document: Document) =>
  [...document.querySelectorAll('.print-contents li[data-chapter]')].map((entry) => entry.getAttribute('data-chapter'));
/** Writing lines per block, in document order (the two kept with the label included). */
const linesPerBlock = (document: Document) =>
  [...document.querySelectorAll('.writing')].map((writing) => writing.querySelectorAll('.writing__line').length);

describe('applyEdition', () => {
  it('leaves the plain edition’s chapters, text and lines, without the facilitator guide or a provider', () => {
    const document = printed();
    expect(chapterIds(document)).toEqual(['introduction', 'pain', 'owning', 'talking']);
    expect(contentsIds(document)).toEqual(['introduction', 'pain', 'owning', 'talking']);
    expect(document.querySelectorAll('.print-chapter__text > p')).toHaveLength(4);
    expect(document.querySelector('[data-edition="facilitator"]')).toBeNull();
    expect(document.querySelector('[data-edition="provider"]')).toBeNull();
    expect(textsOf(document, '.print-contents li:not([data-chapter]) .print-contents__title')).toEqual(['Notes']);
    expect(linesPerBlock(document)).toEqual([4, 4, 6, 6, 5, 5, 8, 8]);
    expect(document.documentElement.style.getPropertyValue('--wb-line-gap')).toBe('8.5mm');
    expect(document.documentElement.hasAttribute('data-prompts-only')).toBe(false);
    expect(document.documentElement.hasAttribute('data-booklet')).toBe(false);
  });

  it('keeps the introduction and the chosen chapters, in the pages and the contents, and drops emptied parts', () => {
    const document = printed({ chapters: '2' });
    expect(chapterIds(document)).toEqual(['introduction', 'owning']);
    expect(contentsIds(document)).toEqual(['introduction', 'owning']);
    expect(textsOf(document, '.print-contents__part')).toEqual(['Facing what happened']);
    expect(textsOf(document, '.print-contents li:not([data-chapter]) .print-contents__title')).toEqual(['Notes']);
  });

  it('drops the article’s paragraphs from a prompts-only handout, and keeps the prompts', () => {
    const document = printed({ promptsOnly: true });
    expect(document.querySelectorAll('.print-chapter__text > p')).toHaveLength(0);
    expect(textsOf(document, '.print-reflection__prompt')).toEqual([
      'A prompt about Introduction.',
      'A prompt about The pain.',
      'A prompt about Owning it.',
      'A prompt about Talking.',
    ]);
    expect(document.documentElement.hasAttribute('data-prompts-only')).toBe(true);
  });

  it('re-sets a large-print edition: its attribute, wider-spaced lines, and each hyphenated compound on one line', () => {
    const document = printed({ largePrint: true, practice: 'Hope-Well Counselling' });
    const root = document.documentElement;
    expect(root.hasAttribute('data-large-print')).toBe(true);
    expect(parseFloat(root.style.getPropertyValue('--wb-line-gap'))).toBeGreaterThanOrEqual(12);
    expect(textsOf(document, '.print-compound')).toContain('Hope-Well');
    // The words are unchanged, only wrapped.
    expect(document.querySelector('[data-edition="practice"]')?.textContent).toBe('Hope-Well Counselling');
    for (const lines of ['compact', 'standard', 'roomy']) {
      const large = printed({ largePrint: true, lines });
      expect(parseFloat(large.documentElement.style.getPropertyValue('--wb-line-gap')), lines).toBeGreaterThanOrEqual(
        12,
      );
    }
    expect(printed().querySelector('.print-compound')).toBeNull();
    expect(printed().documentElement.hasAttribute('data-large-print')).toBe(false);
  });

  it('keeps the facilitator guide and its contents entry when asked', () => {
    const document = printed({ facilitator: true });
    expect(document.querySelector('#facilitator-guide')).not.toBeNull();
    expect(textsOf(document, '.print-contents li:not([data-chapter]) .print-contents__title')).toEqual([
      'Facilitator guide',
      'Notes',
    ]);
  });

  it('sets the practice and each contact line as text on the cover and the back page', () => {
    const document = printed({ practice: '<b>Hope</b> & Co', contact: '020 7946 0000 | hope.example' });
    expect(textsOf(document, '[data-edition="provided-by"]')).toEqual([
      'Provided by <b>Hope</b> & Co',
      'Provided by <b>Hope</b> & Co',
    ]);
    expect(document.querySelector('[data-edition="practice"] b')).toBeNull();
    for (const contact of document.querySelectorAll('[data-edition="contact"]')) {
      expect([...contact.children].map((line) => [line.className, line.textContent])).toEqual([
        ['print-provider__line', '020 7946 0000'],
        ['print-provider__line', 'hope.example'],
      ]);
    }
  });

  it('prints contact lines without "Provided by" when no practice is named', () => {
    const document = printed({ contact: 'hope.example' });
    expect(document.querySelectorAll('[data-edition="provider"]')).toHaveLength(2);
    expect(document.querySelector('[data-edition="provided-by"]')).toBeNull();
    expect(textsOf(document, '.print-provider__line')).toEqual(['hope.example', 'hope.example']);
  });

  it('puts the logo on the cover only, before the practice’s name, with its alt text, even with no name', () => {
    const logo = logoDataUrl(pngLogo());
    const document = printed({ logo, logoAlt: 'A green leaf' });
    const images = [...document.querySelectorAll<HTMLImageElement>('img.print-provider__logo')];
    expect(
      images.map((image) => [image.closest('section')?.id, image.getAttribute('alt'), image.getAttribute('src')]),
    ).toEqual([['cover', 'A green leaf', logo]]);
    expect(images[0]?.parentElement?.firstElementChild).toBe(images[0]);
    // The back page has no logo, and with neither name nor contact, no provider block.
    expect(document.querySelector('.print-back [data-edition="provider"]')).toBeNull();
  });

  it.each([
    ['compact', '7mm', [3, 3, 5, 5, 4, 4, 6, 6]],
    ['standard', '8.5mm', [4, 4, 6, 6, 5, 5, 8, 8]],
    ['roomy', '9mm', [6, 6, 9, 9, 8, 8, 12, 12]],
  ])('respaces %s writing to %s rules, with lines in proportion and at least three', (lines, gap, counts) => {
    const document = printed({ lines });
    expect(document.documentElement.style.getPropertyValue('--wb-line-gap')).toBe(gap);
    expect(linesPerBlock(document)).toEqual(counts);
    for (const writing of document.querySelectorAll('.writing')) {
      expect(writing.querySelectorAll('.writing__keep > .writing__line')).toHaveLength(2);
      for (const line of writing.querySelectorAll('.writing__line')) {
        expect(line.getAttribute('aria-hidden')).toBe('true');
      }
    }
  });

  it('marks a booklet for its stylesheet', () => {
    expect(printed({ booklet: true }).documentElement.hasAttribute('data-booklet')).toBe(true);
  });

  describe('what the chapters’ components mark', () => {
    /** The print source with a how-to's two wordings, an own-copy prompt and a full-page prompt added to chapter 3. */
    function marked(input: Record<string, unknown> = {}): Document {
      const document = printSource();
      document.querySelector('#talking .print-additions')?.insertAdjacentHTML(
        'beforeend',
        `<p><span data-edition="with-article">Each chapter begins with the article.</span>
           <span data-edition="prompts-only">This handout holds only our prompts.</span></p>
         <div class="print-reflection" id="talking-own" data-for="involved" data-copy="personal">
           <div class="print-reflection__prompt"><p>Is there more to tell?</p></div>
           <div class="writing" data-lines="5"></div>
         </div>
         <div class="print-reflection print-reflection--page" id="talking-letter" data-for="involved">
           <div class="print-reflection__prompt"><p>Write a letter.</p></div>
           <div class="writing" id="letter-lines" data-lines="20" data-full-page></div>
         </div>`,
      );
      applyEdition(document, editionSchemaFor({ chapterCount: 10 }).parse(input));
      return document;
    }

    it('says the article opens each chapter only where it does', () => {
      expect(textsOf(marked(), '[data-edition="with-article"], [data-edition="prompts-only"]')).toEqual([
        'Each chapter begins with the article.',
      ]);
      expect(
        textsOf(marked({ promptsOnly: true }), '[data-edition="with-article"], [data-edition="prompts-only"]'),
      ).toEqual(['This handout holds only our prompts.']);
    });

    it('prints an own-copy block in its reader’s copy only', () => {
      expect(marked().querySelector('#talking-own')).toBeNull();
      expect(marked({ promptsOnly: true }).querySelector('#talking-own')).toBeNull();
      expect(marked({ for: 'hurt' }).querySelector('#talking-own')).toBeNull();
      expect(marked({ for: 'involved' }).querySelector('#talking-own')).not.toBeNull();
    });

    it('fills a full page with lines for each page size and line pitch', () => {
      const lines = (input: Record<string, unknown>) =>
        marked(input).querySelectorAll('#letter-lines > .writing__line').length;
      expect(lines({})).toBe(fullPageLines({ paper: 'letter', booklet: false, lines: 'standard', largePrint: false }));
      expect(lines({ lines: 'compact' })).toBeGreaterThan(lines({}));
      expect(lines({ lines: 'roomy' })).toBeLessThan(lines({}));
      expect(lines({ booklet: true })).toBeLessThan(lines({}));
      expect(lines({ largePrint: true })).toBeLessThan(lines({}));
      expect(lines({ largePrint: true })).toBe(
        fullPageLines({ paper: 'letter', booklet: false, lines: 'standard', largePrint: true }),
      );
      // A letter page holds 239 mm of text: a full page of lines, less the prompt's heading, is over 180 mm.
      expect(lines({}) * 8.5).toBeGreaterThan(180);
    });
  });
});
