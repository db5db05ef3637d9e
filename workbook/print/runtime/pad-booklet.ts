/**
 * A saddle-stitched booklet needs a multiple of four pages. The book ends on a left-hand back
 * page (`break-before: left`), so its page count is always even: it is either a multiple of four
 * or two pages short. When short, the spread of lined Notes pages before the back page is
 * repeated. This works on the laid-out pages, so a booklet is set once rather than twice; a
 * right page and a left page are copied together, so every later page keeps its side, its
 * margins and its running heads, and the folios (CSS counters) count on by themselves.
 *
 * Returns how many pages it added. Runs in the page after pagination (the renderer and the
 * studio's preview alike).
 */
export function padBooklet(document: Document): number {
  const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page')];
  const short = (4 - (pages.length % 4)) % 4;
  if (short === 0) return 0;
  const notes = pages.filter((page) => page.querySelector('.print-notes'));
  const [first, second] = notes.slice(-2);
  if (short !== 2 || !first || !second || pages.indexOf(second) !== pages.indexOf(first) + 1) {
    throw new Error(
      `A booklet needs a multiple of 4 pages; this one has ${pages.length} and no spread of Notes pages to repeat`,
    );
  }
  const copies = [first, second].map((page) => {
    const copy = page.cloneNode(true) as HTMLElement;
    // Ids stay unique: the contents and bookmarks must still lead to the first Notes page.
    for (const element of copy.querySelectorAll('[id]')) element.id = `${element.id}-again`;
    return copy;
  });
  second.after(...copies);
  document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page').forEach((page, index) => {
    page.id = `page-${index + 1}`;
    page.dataset['pageNumber'] = String(index + 1);
  });
  return copies.length;
}
