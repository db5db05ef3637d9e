import { Handler } from 'pagedjs';
import { breakDecision, leastLinesBeforeTurn } from './break-decision.ts';
import { hasContentBefore } from './has-content-before.ts';
import { continuedClass, continuedLabel, signaturesSelector, writingAreaSelector } from './writing-owners.ts';

/** A ruled line of an area, or a row of a table to fill in. */
const lineSelector = '.writing__line, tbody > tr';

/** Marks, in the source, an area that moved to the next page without the heading or prompt naming it. */
const movedAlone = 'data-moved-alone';

interface PagedSource {
  source?: ParentNode;
}

/**
 * Paged.js's layout, taught two things about writing space, while it measures (so nothing added
 * here can overflow a page later):
 * - where a page turn falls inside a writing area, the area moves to the next page whole, with the
 *   prompt or heading that names it, when it fits there (break-decision.ts); Paged.js 0.4.3 itself
 *   ignores `break-inside: avoid` on a block;
 * - where an area must be cut, its continuation starts with its owner's label and "(continued)"
 *   (writing-owners.ts), inserted as the first line is laid out on the new page; so does an area
 *   that moved to a new page alone, away from what names it, and signature lines that open a page.
 */
export class KeepWritingTogether extends Handler {
  private readonly chunker: PagedSource | undefined;

  constructor(chunker: unknown, polisher: unknown, caller: unknown) {
    super(chunker, polisher, caller);
    this.chunker = chunker as PagedSource | undefined;
  }

  /** Paged.js hook: the range about to go to the next page; a returned range replaces it. */
  onOverflow(overflow: Range | undefined, rendered: HTMLElement, bounds: DOMRect): Range | undefined {
    if (!overflow) return undefined;
    const first = firstOverflowing(overflow);
    const area = first && areaAt(first);
    if (!area || !rendered.contains(area)) return undefined;
    const start = moveStart(area);
    const needed = this.wholeHeight(start, area, bounds);
    if (needed === undefined) return undefined;
    const here = (line: Element) => {
      const box = line.getBoundingClientRect();
      // Paged.js sets what overflows in later columns, to the right of the page's area.
      return box.height > 0 && box.left < bounds.right && box.bottom <= bounds.bottom + 0.5;
    };
    const decision = breakDecision({
      needed,
      capacity: bounds.height,
      // A turn in the prompt or the exercise's text above the area: the text may be cut where it
      // does not fit whole (the area's lines all follow it).
      linesHere: area.contains(first)
        ? [...area.querySelectorAll(lineSelector)].filter(here).length
        : leastLinesBeforeTurn,
      atTop: !hasContentBefore(start, rendered),
    });
    if (decision === 'split') return undefined;
    // Moved with nothing that names it (a table under a long introduction, in large print): it
    // starts the next page, so it brings its owner's label as a continuation would.
    if (start === area && !area.querySelector('.writing__label')) this.sourceOf(area)?.setAttribute(movedAlone, '');
    const moved = document.createRange();
    moved.setStartBefore(start);
    moved.setEndAfter(rendered.lastChild ?? start);
    return moved;
  }

  /** Paged.js hook: each node as it is laid out; the first of a continued area brings its label. */
  renderNode(clone: Node): void {
    if (clone instanceof HTMLElement && clone.hasAttribute(movedAlone)) {
      clone.prepend(continuedLabel(clone.ownerDocument, clone));
      return;
    }
    // Signature lines that open a page (an agreement too long to keep them, in large print) say
    // whose they are, as the rest of an area does.
    if (clone instanceof HTMLElement && clone.matches(signaturesSelector)) {
      const page = clone.closest('.pagedjs_page_content');
      if (page && !hasContentBefore(clone, page)) clone.prepend(continuedLabel(clone.ownerDocument, clone));
      return;
    }
    const area = clone.parentElement?.closest(writingAreaSelector);
    if (!area?.hasAttribute('data-split-from') || area.querySelector(`:scope > .${continuedClass}`)) return;
    if (area.querySelector('.writing__label')) return;
    area.prepend(continuedLabel(area.ownerDocument, area));
  }

  /**
   * From the top of `start` to the end of `area`, all of it laid out in one column of the page's
   * width: a copy of the source, measured beside the page and removed. The laid-out page cannot
   * say: Paged.js checks for overflow before a block ends, and sets what overflows in columns.
   */
  private wholeHeight(start: HTMLElement, area: HTMLElement, bounds: DOMRect): number | undefined {
    const source = this.sourceOf(start);
    const parent = start.parentElement;
    if (!source || !parent) return undefined;
    const box = start.ownerDocument.createElement('div');
    box.style.cssText = `position: absolute; left: 0; top: 0; width: ${bounds.width}px; visibility: hidden;`;
    const copy = source.cloneNode(true) as HTMLElement;
    box.append(copy);
    parent.append(box);
    try {
      const ref = area.dataset['ref'];
      const copiedArea = ref && copy.dataset['ref'] !== ref ? copy.querySelector(`[data-ref="${ref}"]`) : copy;
      return copiedArea ? copiedArea.getBoundingClientRect().bottom - copy.getBoundingClientRect().top : undefined;
    } finally {
      box.remove();
    }
  }

  private sourceOf(element: HTMLElement): HTMLElement | undefined {
    const ref = element.dataset['ref'];
    return (ref && this.chunker?.source?.querySelector<HTMLElement>(`[data-ref="${ref}"]`)) || undefined;
  }
}

/** The first node of the overflowing range. */
function firstOverflowing(range: Range): Element | undefined {
  const container = range.startContainer;
  const node =
    container.nodeType === Node.ELEMENT_NODE ? (container.childNodes[range.startOffset] ?? container) : container;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : (node.parentElement ?? undefined);
}

/** The area a page turn at `node` cuts: one it is in, or the first of the prompt or exercise it is in. */
function areaAt(node: Element): HTMLElement | undefined {
  const area = node.closest<HTMLElement>(writingAreaSelector);
  if (area) return area;
  const owner = node.closest('.print-reflection, .print-exercise');
  return owner && owner !== node ? (owner.querySelector<HTMLElement>(writingAreaSelector) ?? undefined) : undefined;
}

/**
 * What moves with an area: the prompt or exercise it answers (with its heading), unless it is a
 * later block of the same prompt that carries its own label; else the heading right above it.
 */
function moveStart(area: HTMLElement): HTMLElement {
  const owner = area.closest<HTMLElement>('.print-reflection, .print-exercise');
  if (owner) {
    const labelled = area.querySelector('.writing__label') !== null;
    const firstArea = owner.querySelector(writingAreaSelector) === area;
    return labelled && !firstArea ? area : owner;
  }
  const before = area.previousElementSibling;
  return before instanceof HTMLElement && before.matches('h1, h2, h3') ? before : area;
}
