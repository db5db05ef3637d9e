import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applySiteLinks } from '../../../workbook/print/runtime/site-links.ts';

/* A link to a site page in a PDF: the public address, or its words alone; never the printing server's. */

function page(origin?: string): Document {
  const body = origin === undefined ? '<body>' : `<body data-site-origin="${origin}">`;
  return parseHTML(`<!doctype html><html>${body}
<p>Make one at <a href="/workbook/studio/">the workbook studio</a>; see <a href="#notes">Notes</a> or
<a href="https://findahelpline.com">findahelpline.com</a>.</p></body></html>`).document;
}

const hrefs = (document: Document) => [...document.querySelectorAll('a')].map((link) => link.getAttribute('href'));
const text = (document: Document) => document.body.textContent.replace(/\s+/g, ' ').trim();

describe('links to the site in a printed edition', () => {
  it('name the public address when the site has one', () => {
    const document = page('https://couples.hope-counselling.org');
    applySiteLinks(document, false);
    expect(hrefs(document)).toEqual([
      'https://couples.hope-counselling.org/workbook/studio/',
      '#notes',
      'https://findahelpline.com',
    ]);
  });

  it('keep their words but link nowhere while the site has no public address', () => {
    const document = page();
    applySiteLinks(document, false);
    expect(hrefs(document)).toEqual(['#notes', 'https://findahelpline.com']);
    expect(text(document)).toContain('Make one at the workbook studio;');
  });

  it('keep their words but link nowhere in a discreet edition, even with a public address', () => {
    const document = page('https://couples.hope-counselling.org');
    applySiteLinks(document, true);
    expect(hrefs(document)).toEqual(['#notes', 'https://findahelpline.com']);
    expect(text(document)).toContain('Make one at the workbook studio;');
  });
});
