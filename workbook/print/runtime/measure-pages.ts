import type { PageLayout } from '../../contracts/page-layout.ts';
import { fillShare, isEndPage, isNotesPage, measurePageFill } from './page-fill.ts';
import { hasContentBefore } from './has-content-before.ts';
import { ownerAttribute, writingAreaSelector } from './writing-owners.ts';

/**
 * What the guard checks of every laid-out page (guard/page-layout.ts): how full it is, whether it
 * is a Notes page, and the owner of any writing lines it begins with under no name. Read from the
 * finished pages, after `finish`; page numbers are the finished book's.
 */
export function measurePages(document: Document): PageLayout[] {
  return [...document.querySelectorAll<HTMLElement>('.pagedjs_pages > .pagedjs_page')].map((page) => {
    const unnamed = unnamedWriting(page);
    return {
      page: Number(page.dataset['pageNumber']),
      kind: isNotesPage(page) ? 'notes' : isEndPage(page) ? 'end' : 'content',
      fill: fillShare(measurePageFill(page)),
      ...(unnamed === undefined ? {} : { unnamedWriting: unnamed }),
    };
  });
}

/**
 * The owner of the page's first writing area, if the page begins with its lines: no label in the
 * area itself (a partner's, or "(continued)") and nothing on the page above it (its prompt, its
 * exercise, a heading).
 */
function unnamedWriting(page: Element): string | undefined {
  const content = page.querySelector('.pagedjs_page_content');
  const area = content && [...content.querySelectorAll(writingAreaSelector)].find(hasVisibleLines);
  if (!area || area.querySelector('.writing__label') || hasContentBefore(area, content)) return undefined;
  return area.getAttribute(ownerAttribute) ?? 'a writing area';
}

function hasVisibleLines(area: Element): boolean {
  return [...area.querySelectorAll('.writing__line, tbody > tr')].some(
    (line) => line.getBoundingClientRect().height > 0,
  );
}
