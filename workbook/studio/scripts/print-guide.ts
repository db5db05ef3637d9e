import type { EditionOptions } from '../../edition/edition-schema.ts';
import { paperSizes } from '../../page/paper-sizes.ts';

/** Shows the printing advice for this edition: sheets or a booklet, and its paper's name. */
export function updatePrintGuide(guide: HTMLElement, edition: EditionOptions): void {
  const shown = edition.booklet ? 'booklet' : 'sheets';
  for (const item of guide.querySelectorAll<HTMLElement>('[data-when]')) item.hidden = item.dataset['when'] !== shown;
  for (const label of guide.querySelectorAll('[data-paper-label]')) label.textContent = paperSizes[edition.paper].label;
}
