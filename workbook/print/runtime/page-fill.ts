/** A laid-out page's content area and how far down its content reaches, in CSS px of the viewport. */
export interface PageFill {
  top: number;
  bottom: number;
  /** The bottom of the lowest box of content inside the area (`top` on an empty page). */
  used: number;
}

/**
 * Measures how far a Paged.js page's content reaches: its words, and every box with nothing inside
 * it (a ruled line, a table's empty cell), not the blocks that hold them (Paged.js's wrapper spans
 * the whole page). Only inside the page's area: Paged.js lays a page out in CSS columns, and a
 * block cut at the page's foot keeps boxes in the later, hidden columns.
 */
export function measurePageFill(page: Element): PageFill {
  const area = (page.querySelector('.pagedjs_area') ?? page).getBoundingClientRect();
  let used = area.top;
  const reach = (boxes: Iterable<DOMRect>) => {
    for (const box of boxes) {
      if (box.width <= 0 || box.height <= 0 || box.left >= area.right || box.top >= area.bottom) continue;
      used = Math.max(used, Math.min(box.bottom, area.bottom));
    }
  };
  const content = page.querySelector('.pagedjs_page_content');
  if (!content) return { top: area.top, bottom: area.bottom, used };
  const document = page.ownerDocument;
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const words = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent?.trim()) continue;
      words.selectNodeContents(node);
      reach(words.getClientRects());
    } else if ((node as Element).childElementCount === 0) {
      reach((node as Element).getClientRects());
    }
  }
  return { top: area.top, bottom: area.bottom, used };
}

/** The share of the page's area in use, 0 to 1. */
export function fillShare({ top, bottom, used }: PageFill): number {
  return bottom > top ? Math.round(((used - top) / (bottom - top)) * 1000) / 1000 : 1;
}

/** A page of Notes ruling: a closing Notes page, or a left-hand page left blank before an opening. */
export function isNotesPage(page: Element): boolean {
  return page.classList.contains('pagedjs_blank_page') || page.querySelector('.print-notes') !== null;
}

/** A cover or a back page: short by design, and never filled. */
export function isEndPage(page: Element): boolean {
  return page.querySelector('.print-cover, .print-back') !== null;
}
