/** What a print spec needs to know of one paginated page. */
export interface PageFacts {
  number: number;
  side: 'left' | 'right';
  blank: boolean;
  /** The page's running head: the generated text of its top margin boxes, left to right. */
  head: string;
  /** True when the page's whole area is ruled as Notes (print/runtime/rule-notes-pages.ts), not a block in it. */
  ruled: boolean;
  /** True when the page's content area holds no text. */
  empty: boolean;
  /** Ids of the chapters whose opener is on this page. */
  opens: string[];
  /**
   * Prompts whose text is on this page without a single writing line after it on the page (not
   * counting the shared book's, whose space is in the personal copies: apply-reader.ts).
   */
  promptsWithoutLines: string[];
  /** Prompts with writing space whose text is on this page. */
  prompts: number;
  /** Headings that are the last thing on this page. */
  headingsLast: string[];
  /** Paragraphs split here leaving fewer than two lines on this page (a widow or an orphan). */
  loneLines: string[];
}

/**
 * Runs in the paginated print source (via paginate's `collect`): the facts the print rules are
 * about, read from Paged.js's `.pagedjs_page` elements. Self-contained: it is serialised.
 */
export function collectPageFacts(): PageFacts[] {
  return [...document.querySelectorAll<HTMLElement>('.pagedjs_page')].map((page) => {
    const content = page.querySelector('.pagedjs_page_content');
    const everything = content ? [...content.querySelectorAll('*')] : [];
    const promptsWithoutLines = [...page.querySelectorAll('.print-reflection:not(.print-text-only)')]
      .filter(
        (reflection) =>
          reflection.querySelector('.print-reflection__prompt') && !reflection.querySelector('.writing__line'),
      )
      .map((reflection) => reflection.getAttribute('data-id') ?? reflection.id);
    const headingsLast = [
      ...page.querySelectorAll('.pagedjs_page_content h1, .pagedjs_page_content h2, .pagedjs_page_content h3'),
    ]
      .filter(
        (heading) =>
          !everything.some(
            (element) =>
              heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING && !heading.contains(element),
          ),
      )
      .map((heading) => heading.textContent.trim());
    const loneLines = [
      ...page.querySelectorAll<HTMLElement>(
        '.pagedjs_page_content p[data-split-to], .pagedjs_page_content p[data-split-from]',
      ),
    ]
      .filter((paragraph) => {
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const tops = new Set(
          [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
        );
        return tops.size < 2;
      })
      .map((paragraph) => paragraph.textContent.trim().slice(0, 40));
    const head = ['top-left', 'top-center', 'top-right']
      .map((box) => page.querySelector(`.pagedjs_margin-${box} .pagedjs_margin-content`))
      .map((box) => (box ? getComputedStyle(box, '::after').content : 'none'))
      .filter((content) => content !== 'none' && content !== 'normal')
      .map((content) => content.replace(/^"(.*)"$/, '$1'))
      .filter((content) => content.trim() !== '')
      .join(' | ');
    const area = page.querySelector('.pagedjs_area');
    return {
      number: Number(page.dataset['pageNumber']),
      side: page.classList.contains('pagedjs_left_page') ? 'left' : 'right',
      blank: page.classList.contains('pagedjs_blank_page'),
      head,
      ruled: [...(area?.querySelectorAll('.notes-ruling__line') ?? [])].some(
        (rule) => !rule.closest('.print-notes__lines'),
      ),
      empty: (content?.textContent ?? '').trim() === '',
      opens: [...page.querySelectorAll('.print-chapter__opener')].map(
        (opener) => opener.closest<HTMLElement>('.print-chapter')?.dataset['chapter'] ?? '',
      ),
      promptsWithoutLines,
      prompts: page.querySelectorAll('.print-reflection:not(.print-text-only) .print-reflection__prompt').length,
      headingsLast,
      loneLines,
    };
  });
}
