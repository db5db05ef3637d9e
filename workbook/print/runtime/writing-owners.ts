import { ui } from '../../../src/lib/ui-strings.ts';
import { fillData } from '../writing-areas.ts';

/**
 * Who a writing area belongs to, as the page already names it, so that a page turn that cuts the
 * area can name it again above the rest (keep-writing-together.ts). Read from the print page
 * itself before layout, so a new component or a changed book needs no list here.
 */

/** Ruled space a page turn may cut: a block of lines, or a table to fill in. */
export const writingAreaSelector = '.writing, .print-table';

/** Signature lines: not an area a page turn cuts, but one that may go over the page whole. */
export const signaturesSelector = '.signatures';

/** The attribute that carries an area's owner, as words to print above its continuation. */
export const ownerAttribute = 'data-owner';

/** The class of the label printed above a continuation (and never inside a form field). */
export const continuedClass = 'writing__continued';

const headingSelector = 'h1, h2, h3';

/**
 * Marks every writing area, and every block of signature lines, with its owner: its own label (a partner's block in the shared book);
 * in a personal copy, a prompt's space is simply "Your answer" (a neutral label, never a role);
 * in the shared book, the prompt's audience; an exercise's title; else the heading it sits under.
 */
export function markWritingOwners(document: Document, { personal }: { personal: boolean }): void {
  for (const area of document.querySelectorAll<HTMLElement>(`${writingAreaSelector}, ${signaturesSelector}`)) {
    const owner = ownerOf(area, personal);
    if (owner) area.setAttribute(ownerAttribute, owner);
  }
}

function ownerOf(area: HTMLElement, personal: boolean): string | undefined {
  const label = area.querySelector('.writing__label');
  if (label) return words(label);
  const reflection = area.closest('.print-reflection');
  if (reflection) return personal ? ui.ownAnswer : words(reflection.querySelector('.print-reflection__for'));
  const exercise = area.closest('.print-exercise');
  if (exercise) return words(exercise.querySelector(headingSelector));
  return words(headingAbove(area));
}

/** The nearest heading before `element` in its section: a sibling, or one of its ancestors' siblings. */
function headingAbove(element: Element): Element | undefined {
  for (let at: Element | null = element; at; at = at.parentElement) {
    for (let before = at.previousElementSibling; before; before = before.previousElementSibling) {
      if (before.matches(headingSelector)) return before;
      const inside = before.querySelectorAll(headingSelector);
      if (inside.length > 0) return inside[inside.length - 1];
    }
  }
  return undefined;
}

function words(element: Element | null | undefined): string | undefined {
  const text = element?.textContent.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** The label a continuation starts with: the owner, then "(continued)". */
export function continuedLabel(document: Document, area: Element): HTMLElement {
  const owner = area.getAttribute(ownerAttribute) ?? ui.notes;
  const label = document.createElement(area.matches('table') ? 'caption' : 'p');
  label.className = `writing__label ${continuedClass}`;
  // A fillable edition's field starts below it (collect-fields.ts).
  label.setAttribute(fillData.exclude, '');
  label.textContent = ui.continued(owner);
  return label;
}
