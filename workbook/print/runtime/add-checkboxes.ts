import { checkItemName, fillAttributes, shortTip } from '../writing-areas.ts';

/**
 * Gives each item of a checklist exercise (marked by PrintExercise: `data-checklist`, its title)
 * the box to tick, as a real element, so a fillable edition can measure it for a checkbox field
 * (writing-areas.ts names it `<exercise id>.i<item>`). Before layout, in every edition alike, so
 * a fillable PDF has the same pages as its printed twin. Idempotent.
 */
export function addCheckboxes(document: Document): void {
  for (const exercise of document.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const title = exercise.dataset['checklist'] ?? '';
    exercise.querySelectorAll('.print-exercise__body li').forEach((item, index) => {
      if (item.querySelector(':scope > .print-exercise__box')) return;
      const box = document.createElement('span');
      box.className = 'print-exercise__box';
      box.setAttribute('aria-hidden', 'true');
      const tip = `${title}: ${shortTip(item.textContent)}`;
      for (const [name, value] of Object.entries(
        fillAttributes({ kind: 'checkbox', name: checkItemName(exercise.id, index + 1), tip }),
      ))
        box.setAttribute(name, value);
      item.prepend(box);
    });
  }
}
