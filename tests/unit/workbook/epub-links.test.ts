import { describe, expect, it } from 'vitest';
import { readEpubSections } from '../../../workbook/epub/epub-sections.ts';
import { bookIdentifier } from '../../../workbook/epub/package-epub.ts';

/* The EPUB names the site only by a real address: links out of the book and its identifier. */

const source = `<!doctype html><html><body>
<section data-epub-file="chapter-01" data-epub-title="One" data-epub-path="/one/">
  <p>See <a href="/two/#end">the next chapter</a> and <a href="/workbook/">the workbook page</a>.</p>
</section>
<section data-epub-file="chapter-02" data-epub-title="Two" data-epub-path="/two/"><p id="end">End.</p></section>
</body></html>`;

describe('links in the EPUB', () => {
  it('point inside the book when the page is in it, and at the site by its real address otherwise', () => {
    const [first] = readEpubSections(source, 'https://couples.hope-counselling.org');
    expect(first?.body).toContain('<a href="chapter-02.xhtml#end">the next chapter</a>');
    expect(first?.body).toContain('<a href="https://couples.hope-counselling.org/workbook/">the workbook page</a>');
  });

  it('keep their words but link nowhere outside the book when the site has only the example address', () => {
    const [first] = readEpubSections(source, undefined);
    expect(first?.body).toContain('<a href="chapter-02.xhtml#end">the next chapter</a>');
    expect(first?.body).toContain('and the workbook page.');
    expect(first?.body).not.toMatch(/href="(?!chapter-)/);
  });
});

describe("the EPUB's identifier", () => {
  it('is the whole guide’s real address when there is one', () => {
    expect(bookIdentifier({ slug: 'our-book' }, 'https://couples.hope-counselling.org/book/')).toBe(
      'https://couples.hope-counselling.org/book/',
    );
  });

  it('is otherwise a UUID of the book, the same in every build and different for another book', () => {
    const id = bookIdentifier({ slug: 'our-book' }, undefined);
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(bookIdentifier({ slug: 'our-book' }, undefined)).toBe(id);
    expect(bookIdentifier({ slug: 'another-book' }, undefined)).not.toBe(id);
  });
});
