/**
 * Where a page turn may fall in a writing area, decided from what the layout measured. A block
 * that fits on one page is never cut: it moves to the next page whole, with the prompt or heading
 * that names it. One longer than a page is cut, and its continuation is labelled
 * (keep-writing-together.ts); but never so that its owner's heading keeps fewer than two lines
 * below it.
 */

/** Lines an area keeps under its heading before a page turn: one alone reads as a stray rule. */
export const leastLinesBeforeTurn = 2;

export interface AreaAtPageFoot {
  /** From the top of what would move (the owner's heading) to the end of the whole area, in px. */
  needed: number;
  /** The height a page gives its content, in px. */
  capacity: number;
  /** The area's lines (or table rows) that fit on this page before the turn. */
  linesHere: number;
  /** Nothing on this page comes before what would move: moving it would only repeat this page. */
  atTop: boolean;
}

export type BreakDecision = 'move' | 'split';

export function breakDecision({ needed, capacity, linesHere, atTop }: AreaAtPageFoot): BreakDecision {
  if (atTop) return 'split';
  // Rounding in the layout's own measures: a block exactly a page tall fits.
  if (needed <= capacity + 0.5) return 'move';
  return linesHere < leastLinesBeforeTurn ? 'move' : 'split';
}
