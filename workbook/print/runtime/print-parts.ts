import type { ExportedPart, InlineDeclaration, PartOfBook } from '../../contracts/print-runtime-api.ts';

/**
 * Laying a book out in parts, each in its own page at once (workbook/render/paginate-in-parts.ts
 * drives it). Every chapter that opens on a right-hand page carries no running head or folio on
 * its first page, so the book can be cut before it (`data-part-start`) and each part paginated on
 * its own: the parts share nothing but page numbers. Once all are laid out, the later parts'
 * pages are numbered on and moved into the first part's document, which then holds exactly the
 * pages a one-part layout makes, and is finished and printed as one book.
 */

/** Before layout: keeps part `index` of `count`, cut at chapters so each part has a fair share. */
export function keepPart(document: Document, { index, count }: PartOfBook): void {
  // A handout's chapters flow on the next page, left or right (flow-handout.ts): no place to cut.
  const starts = [...document.querySelectorAll<HTMLElement>('[data-part-start]:not([data-flow])')];
  if (!Number.isInteger(count) || count < 1 || index < 0 || index >= count || starts.length < count) {
    throw new Error(`Cannot lay out part ${index + 1} of ${count}: the book has ${starts.length} chapters to cut at`);
  }
  const startOf = (part: number) => starts[Math.round((part * starts.length) / count)];
  const first = index === 0 ? undefined : startOf(index);
  const next = index === count - 1 ? undefined : startOf(index + 1);
  const blocks = [...document.body.children].filter((block) => block.localName !== 'script');
  const from = first ? blocks.indexOf(first) : 0;
  const to = next ? blocks.indexOf(next) : blocks.length;
  if (from < 0 || to < 0) throw new Error('A part must start at a chapter directly inside <body>');

  // The left-hand running head names the book; the cover sets that string, and only part 1 has it.
  const title = document.querySelector('.print-cover__title')?.cloneNode(true) as HTMLElement | undefined;
  blocks.forEach((block, position) => {
    if (position < from || position >= to) block.remove();
  });
  if (first && title) {
    title.hidden = true;
    title.dataset['partTitle'] = '';
    // Hidden, so it is never printed or tagged; its ids stay unique (and headings keep one).
    for (const element of [title, ...title.querySelectorAll('[id]')])
      if (element.id) element.id += `-part-${index + 1}`;
    first.prepend(title);
  }
  if (next) {
    // An empty copy of the next part's first block ends this one: Paged.js adds the Notes verso
    // that block would need, so the part ends on a left-hand page. Its own page is dropped later.
    const end = document.createElement(next.localName);
    end.className = next.className;
    end.dataset['partEnd'] = '';
    blocks[to - 1]?.after(end);
  }
}

/** What Paged.js names with a random UUID per page: the rules it writes for `:nth-of-type` and `+` selectors. */
const GENERATED_NAME = /\b(?:nth-of-type|following)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

/**
 * After layout: drops the page of the part's end marker and Paged.js's watch on each page (it
 * reflows a page whose size changes, and throws on a removed page's nodes). Returns the pages left.
 */
export function endPart(document: Document, laidOut: readonly { removeListeners?(): void }[]): number {
  for (const page of laidOut) page.removeListeners?.();
  const pages = pagesOf(document, 'endPart');
  if (pages.at(-1)?.querySelector('[data-part-end]')) pages.pop()?.remove();
  return pages.length;
}

/**
 * A later part's pages (after `endPart`), numbered from `firstPage` and without the hidden title
 * that gave them the running head, as HTML for the first part's document; with the names of the
 * rules Paged.js generated in this document, in the order it wrote them.
 */
export function exportPart(document: Document, { firstPage }: { firstPage: number }): ExportedPart {
  const pages = pagesOf(document, 'exportPart');
  pages.forEach((page, index) => {
    page.id = `page-${firstPage + index}`;
    page.dataset['pageNumber'] = String(firstPage + index);
    // Paged.js marks the first page of each document; in the book only page 1 is the first.
    if (firstPage > 1 && index === 0) page.classList.remove('pagedjs_first_page');
  });
  for (const title of document.querySelectorAll('.pagedjs_pages [data-part-title]')) title.remove();
  // Paged.js writes the running heads' strings as inline custom properties, some of them an
  // unclosed CSS string: their `style` attribute does not parse back to the same values, so
  // each inline declaration travels as it was set.
  const styles = styledElements(pages).map((element) =>
    [...element.style].map((name): InlineDeclaration => [
      name,
      element.style.getPropertyValue(name),
      element.style.getPropertyPriority(name),
    ]),
  );
  return { html: pages.map((page) => page.outerHTML).join(''), styles, generatedNames: generatedNames(document) };
}

/**
 * In the first part's document (after `endPart`): appends the later parts' pages in order, their
 * generated rule names turned into this document's own, and sets the page count Paged.js keeps
 * for the `pages` counter. Returns the book's pages.
 */
export function joinParts(document: Document, parts: readonly ExportedPart[]): number {
  const area = document.querySelector<HTMLElement>('.pagedjs_pages');
  if (!area) throw new Error('joinParts: the document has not been paginated');
  const own = generatedNames(document);
  for (const [index, part] of parts.entries()) {
    if (part.generatedNames.length !== own.length) {
      throw new Error(
        `Part ${index + 2} of the book generated ${part.generatedNames.length} page rules where part 1 has ${own.length}`,
      );
    }
    const rename = new Map(part.generatedNames.map((name, position) => [name, own[position]!]));
    const before = area.children.length;
    area.insertAdjacentHTML(
      'beforeend',
      part.html.replace(GENERATED_NAME, (name) => rename.get(name) ?? name),
    );
    const styled = styledElements([...area.children].slice(before) as HTMLElement[]);
    if (styled.length !== part.styles.length) {
      throw new Error(`Part ${index + 2} of the book lost inline styles on its way into part 1`);
    }
    styled.forEach((element, position) => {
      element.removeAttribute('style');
      for (const [name, value, priority] of part.styles[position] ?? [])
        element.style.setProperty(name, value, priority);
    });
  }
  const count = area.querySelectorAll(':scope > .pagedjs_page').length;
  area.style.setProperty('--pagedjs-page-count', String(count));
  return count;
}

/** The pages, and every element in them, that carry inline style, in document order. */
function styledElements(pages: readonly HTMLElement[]): HTMLElement[] {
  return pages
    .flatMap((page) => [page, ...page.querySelectorAll<HTMLElement>('[style]')])
    .filter((element) => element.hasAttribute('style'));
}

function pagesOf(document: Document, caller: string): HTMLElement[] {
  const area = document.querySelector('.pagedjs_pages');
  if (!area) throw new Error(`${caller}: the document has not been paginated`);
  return [...area.querySelectorAll<HTMLElement>(':scope > .pagedjs_page')];
}

/** The generated rule names in the document's style sheets, each once, in order. */
function generatedNames(document: Document): string[] {
  const names = new Set<string>();
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) for (const name of rule.cssText.match(GENERATED_NAME) ?? []) names.add(name);
  }
  return [...names];
}
