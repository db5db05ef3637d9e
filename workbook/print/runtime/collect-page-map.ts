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

/**
 * The page each prompt and exercise starts on, by id: the page of its words (its head), not of its
 * box, which may begin as an empty fragment at the foot of the page before. Paged.js keeps the id
 * on a split block's first fragment only; every fragment keeps its `data-ref`.
 */
export function collectBlockPages(document: Document): Record<string, number> {
  const blocks = '.print-reflection, .print-exercise';
  const idOfRef = new Map<string, string>();
  for (const block of document.querySelectorAll<HTMLElement>(`:is(${blocks})[id][data-ref]`)) {
    idOfRef.set(block.dataset['ref'] ?? '', block.id);
  }
  const pages: Record<string, number> = {};
  for (const head of document.querySelectorAll('.print-reflection__head, .print-exercise__head')) {
    const block = head.closest<HTMLElement>(blocks);
    const id = block?.id || idOfRef.get(block?.dataset['ref'] ?? '');
    const page = head.closest<HTMLElement>('.pagedjs_page');
    if (id && page && !(id in pages)) pages[id] = Number(page.dataset['pageNumber']);
  }
  return pages;
}
