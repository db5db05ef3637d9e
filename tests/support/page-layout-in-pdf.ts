import type { PageMargins } from '../../workbook/page/page-margins.ts';
import type { Mark, MarkedPage } from './pdf-page-marks.ts';

const pointsPerMm = 72 / 25.4;

/** The colour of the workbook's writing rules (styles/tokens.css, --wb-rule). */
const ruleColour = '#7a7a7a';

/** A page's body: what is printed between its top and bottom margins (no running head, no folio). */
export function bodyMarks(page: MarkedPage, margins: PageMargins): { top: number; bottom: number; marks: Mark[] } {
  const top = margins.top * pointsPerMm;
  const bottom = page.height - margins.bottom * pointsPerMm;
  const marks = page.marks
    .filter((mark) => mark.top >= top - 1 && mark.bottom <= bottom + 1)
    .filter((mark) => mark.colour !== '#ffffff')
    .sort((a, b) => a.top - b.top);
  return { top, bottom, marks };
}

/**
 * A ruled line to write on: a thin, wide rule in the writing rules' grey with no words right under
 * it (a grey rule with words right under it is a border that opens a section).
 */
export function isWritingRule(mark: Mark, marks: readonly Mark[]): boolean {
  if (mark.kind !== 'shape' || mark.colour !== ruleColour) return false;
  if (mark.bottom - mark.top > 2 || mark.right - mark.left < 20) return false;
  return !marks.some(
    (other) => other.kind === 'text' && other.top >= mark.top - 1 && other.top <= mark.bottom + wordsUnderBorderPt,
  );
}

/** How close under a section's border its first words start (a writing line has its whole line gap). */
const wordsUnderBorderPt = 14;

/**
 * A page of Notes ruling: a closing Notes page (its heading is "Notes") or a left-hand page left
 * blank before an opening (no body text, "Notes" in its head).
 */
export function isNotesPage(page: MarkedPage, margins: PageMargins): boolean {
  const texts = bodyMarks(page, margins).marks.filter((mark) => mark.kind === 'text');
  if (texts.length === 0) return page.marks.some((mark) => mark.kind === 'text' && mark.text?.trim() === 'Notes');
  return texts[0]?.text?.trim() === 'Notes';
}

/** Whether the page's first writing rule has no words above it on the page: lines under no name. */
export function beginsWithUnnamedLines(page: MarkedPage, margins: PageMargins): boolean {
  const { marks } = bodyMarks(page, margins);
  const rule = marks.find((mark) => isWritingRule(mark, marks));
  if (!rule) return false;
  return !marks.some((mark) => mark.kind === 'text' && mark.bottom <= rule.top + 1);
}

/** The share of the body the page uses: from the body's top to its lowest word or shape. */
export function usedShare(page: MarkedPage, margins: PageMargins): number {
  const { top, bottom, marks } = bodyMarks(page, margins);
  const lowest = Math.max(top, ...marks.map((mark) => mark.bottom));
  return (lowest - top) / (bottom - top);
}
