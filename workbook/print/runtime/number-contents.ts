/**
 * Writes each contents entry's page number, once Paged.js has laid out every page.
 *
 * Paged.js's own `target-counter()` re-reads every page's computed counters and inserts a CSS
 * rule for each link it resolves, after every page: quadratic in the book's length (a tenth of
 * a 390-page render went there). The page a target lands on is already on its `.pagedjs_page`
 * as `data-page-number`, so one pass at the end does the same work, and the number becomes
 * real text in the tagged PDF rather than generated content.
 *
 * A book laid out in parts passes the pages of anchors in other parts as `elsewhere`.
 *
 * The entry keeps a fixed-width slot for the number from the start, so filling it in after
 * layout cannot rewrap a contents line or move a page break.
 */
export function numberContents(document: Document, elsewhere: Readonly<Record<string, number>> = {}): void {
  const pages = document.querySelector('.pagedjs_pages');
  if (!pages) throw new Error('numberContents: the document has not been paginated');
  const pageOf = pageNumbersById(pages);
  const unresolved: string[] = [];
  for (const slot of pages.querySelectorAll<HTMLElement>('[data-page-of]')) {
    const id = slot.dataset['pageOf'] ?? '';
    const number = pageOf.get(id) ?? elsewhere[id]?.toString();
    if (number === undefined) unresolved.push(`#${id}`);
    else slot.textContent = number;
  }
  if (unresolved.length > 0) {
    throw new Error(`The contents point to ${unresolved.join(', ')}, which no page holds`);
  }
}

/**
 * The page number of each id on the laid-out pages, from one walk of the pages (a query per
 * contents entry walked the whole book each time: the largest self time in a render's profile).
 * The first element with an id wins, as it would for a link; a part's stand-ins hold no page.
 */
function pageNumbersById(pages: Element): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const page of pages.querySelectorAll<HTMLElement>(':scope > .pagedjs_page')) {
    const number = page.dataset['pageNumber'];
    if (number === undefined) continue;
    for (const element of page.querySelectorAll('[id]:not([data-stand-in])')) {
      if (!numbers.has(element.id)) numbers.set(element.id, number);
    }
  }
  return numbers;
}
