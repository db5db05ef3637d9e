/** The block of rules added to a Notes area; its lines are `ruleClass` blocks (print/styles/chapter.css). */
export const rulingClass = 'notes-ruling';
export const ruleClass = 'notes-ruling__line';

/** Rounding room when counting the lines that fit: a line that ends exactly at the foot is kept. */
const EPSILON_PX = 0.01;

interface NotesArea {
  /** Where the rules go. */
  host: Element;
  /** The box whose foot the last rule may not cross. */
  foot: Element;
  /** A blank page's: its first rule sits closer to the top, below the page's "Notes" label. */
  blankPage: boolean;
}

/**
 * Rules the Notes space that has no lines of its own: the left-hand pages a right-hand opening
 * leaves blank, and the closing Notes pages' ruled area. Each rule is a block with a bottom border,
 * as a prompt's writing lines are, so it prints as a vector line at the same weight.
 *
 * A repeated SVG background drew these before, and Chromium prints a repeated image as a bitmap of
 * the page at 72 dpi: soft lines on paper, and a quarter of the print's time
 * (docs/architecture.md, "The print"). Run after Paged.js, on finished pages: the lines are
 * counted from each area's height and the line gap, all read before any line is added, so the
 * pages are laid out again once, not once per line. Returns how many areas it ruled.
 */
export function ruleNotesPages(document: Document): number {
  const areas: NotesArea[] = [];
  for (const page of document.querySelectorAll('.pagedjs_pages > .pagedjs_blank_page')) {
    const host = page.querySelector('.pagedjs_page_content > div') ?? page.querySelector('.pagedjs_page_content');
    const foot = page.querySelector('.pagedjs_area');
    if (host && foot) areas.push({ host, foot, blankPage: true });
  }
  for (const lines of document.querySelectorAll('.pagedjs_pages .print-notes__lines')) {
    areas.push({ host: lines, foot: lines, blankPage: false });
  }
  // Only areas on the page (an edition may hide one), and each once.
  const unruled = areas.filter(
    (area) => area.host.getClientRects().length > 0 && !area.host.querySelector(`.${rulingClass}`),
  );
  const first = unruled[0];
  if (!first) return 0;
  const gap = ruleHeights(first.host)[1] ?? 0;
  // A page whose styles draw no rules (a test fixture's) has nothing to rule with.
  if (gap <= 0) return 0;
  const blank = unruled.find((area) => area.blankPage);
  const blankFirstGap = blank ? ruleHeights(blank.host)[0]! : gap;
  const heights = unruled.map(
    ({ host, foot }) => foot.getBoundingClientRect().bottom - host.getBoundingClientRect().top,
  );
  for (const [index, area] of unruled.entries()) {
    const height = heights[index]! + EPSILON_PX;
    const firstGap = area.blankPage ? blankFirstGap : gap;
    area.host.append(ruling(document, height < firstGap ? 0 : 1 + Math.floor((height - firstGap) / gap)));
  }
  return unruled.length;
}

/** The heights of the first two rules of a ruling in `host`, in CSS px: its first gap, then the gap. */
function ruleHeights(host: Element): number[] {
  const probe = ruling(host.ownerDocument, 2);
  host.append(probe);
  const heights = [...probe.children].map((line) => line.getBoundingClientRect().height);
  probe.remove();
  return heights;
}

function ruling(document: Document, lines: number): HTMLElement {
  const block = document.createElement('div');
  block.className = rulingClass;
  block.setAttribute('aria-hidden', 'true');
  for (let index = 0; index < lines; index += 1) {
    const line = document.createElement('div');
    line.className = ruleClass;
    block.append(line);
  }
  return block;
}
