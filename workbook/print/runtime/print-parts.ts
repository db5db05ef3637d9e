import type { Anchor, PartOfBook, PlacedPart } from '../../contracts/print-runtime-api.ts';

/**
 * Laying a long book out in parts (workbook/render/paginate-in-parts.ts drives it). Every chapter opens on
 * a right-hand page and carries no running head or folio on its first page, so the book can be
 * cut before any chapter (`data-part-start`) and each part paginated on its own: the parts share
 * nothing but page numbers, which are set once every part is laid out.
 */

/** Before layout: keeps part `index` of `count`, cut at chapters so each part has a fair share. */
export function keepPart(document: Document, { index, count }: PartOfBook): void {
  const starts = [...document.querySelectorAll<HTMLElement>('[data-part-start]')];
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

/**
 * After layout: drops the page of the part's end marker, numbers the pages from `firstPage`
 * (ids, `data-page-number` and the folio counter), and reports where each anchor landed. A link
 * to an anchor in another part gets an empty stand-in, so Chromium still writes the link; the
 * PDF join points it at the real anchor's page and position.
 */
export function placePart(
  document: Document,
  { firstPage }: { firstPage: number },
  laidOut: readonly { removeListeners?(): void }[],
): PlacedPart {
  const area = document.querySelector('.pagedjs_pages');
  if (!area) throw new Error('placePart: the document has not been paginated');
  // Paged.js watches each page's size to reflow it; with layout done, removing a page must not
  // set that off (it throws on the removed page's nodes).
  for (const page of laidOut) page.removeListeners?.();
  const pages = [...area.querySelectorAll<HTMLElement>(':scope > .pagedjs_page')];
  if (pages.at(-1)?.querySelector('[data-part-end]')) pages.pop()?.remove();
  pages.forEach((page, index) => {
    page.id = `page-${firstPage + index}`;
    page.dataset['pageNumber'] = String(firstPage + index);
  });
  // Paged.js resets the page counter on .pagedjs_pages; start it where the previous part ended.
  const counters = document.createElement('style');
  counters.textContent = `.pagedjs_pages { counter-reset: page ${firstPage - 1} pages var(--pagedjs-page-count) footnote var(--pagedjs-footnotes-count) footnote-marker var(--pagedjs-footnotes-count) !important; }`;
  document.head.append(counters);

  const anchors: Record<string, Anchor> = {};
  for (const element of area.querySelectorAll<HTMLElement>('[id]')) {
    const page = element.closest<HTMLElement>('.pagedjs_page');
    if (!page || page === element || element.id in anchors) continue;
    const box = element.getBoundingClientRect();
    const sheet = page.getBoundingClientRect();
    anchors[element.id] = {
      page: Number(page.dataset['pageNumber']),
      x: box.left - sheet.left,
      y: box.top - sheet.top,
    };
  }
  const standIns = new Set<string>();
  for (const link of area.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const id = decodeURIComponent(link.hash.slice(1));
    if (id && !(id in anchors)) standIns.add(id);
  }
  const lastArea = pages.at(-1)?.querySelector('.pagedjs_area');
  for (const id of standIns) {
    const standIn = document.createElement('span');
    standIn.id = id;
    standIn.dataset['standIn'] = '';
    lastArea?.append(standIn);
  }
  return { pageCount: pages.length, anchors, standIns: [...standIns] };
}
