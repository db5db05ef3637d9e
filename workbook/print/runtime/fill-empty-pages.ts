import { ui } from '../../../src/lib/ui-strings.ts';
import { fillShare, isEndPage, isNotesPage, measurePageFill } from './page-fill.ts';

/**
 * A page with less than this share of its area in use is filled with Notes ruling: above the third
 * the guard requires (guard/page-layout.ts), so a page at the edge by one measure is not short by
 * another (words' ink stops above their line's box).
 */
export const leastFill = 0.4;

/**
 * A page the layout left mostly empty in the middle of a book (a prompt moved whole to the next
 * page, two lines of a section run over) gets the rest of it as ruled Notes space, under the label
 * "Notes". Run after Paged.js, so it counts exactly the lines that fit below the content and
 * nothing can overflow; the cover, the back page and the Notes pages are left as they are. The ruling is plain paper, not a form field of a fillable edition. Returns the
 * pages it filled.
 */
export function fillEmptyPages(document: Document): number[] {
  const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page')];
  const filled: number[] = [];
  for (const page of pages) {
    if (isNotesPage(page) || isEndPage(page)) continue;
    const measured = measurePageFill(page);
    if (fillShare(measured) >= leastFill) continue;
    const content = page.querySelector('.pagedjs_page_content > div') ?? page.querySelector('.pagedjs_page_content');
    if (!content) continue;
    const notes = notesBlock(document);
    content.append(notes);
    // As many lines as fit: add one at a time until the next would cross the page's foot.
    const lines = notes.querySelector('.notes-fill__lines')!;
    // (A line that does not fit may also flow into Paged.js's next, hidden column: above the last.)
    let lowest = lines.getBoundingClientRect().top;
    for (;;) {
      const line = document.createElement('div');
      line.className = 'notes-fill__line';
      lines.append(line);
      const box = line.getBoundingClientRect();
      if (box.bottom > measured.bottom || box.top < lowest - 0.5 || box.height <= 0) {
        line.remove();
        break;
      }
      lowest = box.bottom;
    }
    if (lines.childElementCount === 0 || notes.getBoundingClientRect().bottom > measured.bottom) {
      notes.remove();
      continue;
    }
    filled.push(Number(page.dataset['pageNumber']));
  }
  return filled;
}

function notesBlock(document: Document): HTMLElement {
  const notes = document.createElement('div');
  notes.className = 'notes-fill';
  const title = document.createElement('p');
  title.className = 'notes-fill__title';
  title.textContent = ui.notes;
  const lines = document.createElement('div');
  lines.className = 'notes-fill__lines';
  lines.setAttribute('aria-hidden', 'true');
  notes.append(title, lines);
  return notes;
}
