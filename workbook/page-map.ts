/** Where each chapter landed in a rendered edition. */
export interface ChapterPages {
  id: string;
  /** The page its opener is on. */
  firstPage: number;
  /** The page its reflections start on (undefined when it has none). */
  additionsFirstPage: number | undefined;
  /** Its last page with content (a Notes verso after it is not counted). */
  lastPage: number;
}

/**
 * Runs in the paginated print source: reads, from Paged.js's pages, which chapter each page
 * belongs to. Self-contained: Playwright serialises it into the page.
 */
export function collectPageMap(): ChapterPages[] {
  const chapters = new Map<
    string,
    { id: string; firstPage: number; additionsFirstPage: number | undefined; lastPage: number }
  >();
  for (const page of document.querySelectorAll<HTMLElement>('.pagedjs_page')) {
    if (page.classList.contains('pagedjs_blank_page')) continue;
    const number = Number(page.dataset['pageNumber']);
    for (const section of page.querySelectorAll<HTMLElement>('.print-chapter[data-chapter]')) {
      const id = section.dataset['chapter'] ?? '';
      const known = chapters.get(id) ?? { id, firstPage: number, additionsFirstPage: undefined, lastPage: number };
      known.lastPage = number;
      if (known.additionsFirstPage === undefined && section.querySelector('.print-additions')) {
        known.additionsFirstPage = number;
      }
      chapters.set(id, known);
    }
  }
  return [...chapters.values()];
}
