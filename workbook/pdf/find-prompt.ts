import type { FormFieldBox } from '../contracts/form-fields.ts';
import type { MarkedText } from './read-marked-text.ts';
import type { PointRect } from './reading-order.ts';

/** The text a field answers, as found on its page. */
export interface Prompt {
  text: MarkedText;
  /** On the field's own row (a label beside a line, a checklist item's words), not above it. */
  onRow: boolean;
}

/** Baselines closer than this are one line of text; a field's edges get the same allowance. */
const TOLERANCE_PT = 1;

/**
 * The text a reader meets just before a field, which the field's `Form` element follows in the
 * structure tree: for a check box, its item's words to its right on the same row; otherwise the
 * nearest text to its left on its row ("Name:"), else the last text above it in reading order
 * (the prompt over ruled space, a table's header over its empty rows). Undefined when nothing on
 * the page comes before the field (a writing area continued at the top of a page).
 */
export function findPrompt(
  field: { box: Pick<FormFieldBox, 'kind'>; rect: PointRect },
  texts: readonly MarkedText[],
): Prompt | undefined {
  const { x, y, width, height } = field.rect;
  const onRow = texts.filter((text) => text.baseline >= y - TOLERANCE_PT && text.baseline <= y + height + TOLERANCE_PT);
  if (field.box.kind === 'checkbox') {
    const label = onRow.filter((text) => text.x >= x + width - TOLERANCE_PT).sort((a, b) => a.x - b.x)[0];
    if (label) return { text: label, onRow: true };
  }
  const left = onRow.filter((text) => text.x + text.width <= x + TOLERANCE_PT).sort((a, b) => b.x - a.x)[0];
  if (left) return { text: left, onRow: true };
  const above = texts
    .filter((text) => text.baseline > y + height + TOLERANCE_PT)
    .sort((a, b) => (Math.abs(a.baseline - b.baseline) <= TOLERANCE_PT ? b.x - a.x : a.baseline - b.baseline))[0];
  return above && { text: above, onRow: false };
}
