import { parseHTML } from 'linkedom';

/** One XHTML file of the e-book, as the site rendered it (/workbook/print/epub/). */
export interface EpubSection {
  /** File name without extension, e.g. "chapter-01". */
  file: string;
  title: string;
  /** The site page it matches ("/patience/"), so links to it can point inside the book. */
  sitePath: string;
  /** "bodymatter" for the first chapter: the landmarks' start of the book. */
  landmark: string | undefined;
  /** A chapter (`epub:type="chapter"`), rather than the pages around them. */
  chapter: boolean;
  /** The section's markup, ready for an XHTML body. */
  body: string;
}

/**
 * Splits the e-book source into its sections and makes each one's markup XHTML: no Astro scope
 * attributes, every link to a page of the book pointed at its file, every other site link made
 * absolute (an e-book has no site around it), or, with no `siteUrl` (the site has only the
 * example address, which leads nowhere), left as its words without a link.
 */
export function readEpubSections(sourceHtml: string, siteUrl: string | undefined): EpubSection[] {
  const { document } = parseHTML(sourceHtml);
  const elements = [...document.querySelectorAll('body > section[data-epub-file]')];
  const fileOf = new Map(
    elements.map((el) => [el.getAttribute('data-epub-path') ?? '', el.getAttribute('data-epub-file') ?? '']),
  );
  return elements.map((element) => {
    for (const el of element.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) if (name.startsWith('data-astro-')) el.removeAttribute(name);
      const href = el.getAttribute('href');
      if (el.tagName === 'A' && href?.startsWith('/')) {
        const url = new URL(href, siteUrl ?? 'http://site.invalid');
        const file = fileOf.get(url.pathname);
        if (file !== undefined) el.setAttribute('href', `${file}.xhtml${url.hash}`);
        else if (siteUrl !== undefined) el.setAttribute('href', url.href);
        else el.replaceWith(...el.childNodes);
      }
    }
    return {
      file: element.getAttribute('data-epub-file') ?? '',
      title: element.getAttribute('data-epub-title') ?? '',
      sitePath: element.getAttribute('data-epub-path') ?? '',
      landmark: element.getAttribute('data-epub-landmark') ?? undefined,
      chapter: element.hasAttribute('data-epub-chapter'),
      body: toXhtml(element.innerHTML),
    };
  });
}

const VOID = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b([^>]*?)\s*\/?>/gi;

/** HTML serialisation → XHTML: void elements closed, the one named entity HTML uses spelled as a number. */
function toXhtml(html: string): string {
  return html.replace(VOID, '<$1$2 />').replaceAll('&nbsp;', '&#160;');
}
