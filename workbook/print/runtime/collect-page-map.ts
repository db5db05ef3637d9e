import type { ChapterPages } from '../../contracts/chapter-pages.ts';

/** Reads, from Paged.js's pages, which chapter each page belongs to. */
export function collectPageMap(document: Document): ChapterPages[] {
  const chapters = new Map<string, ChapterPages>();
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
