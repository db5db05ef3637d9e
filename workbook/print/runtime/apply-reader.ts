import { fillData } from '../writing-areas.ts';
import type { Reader } from '../../../src/lib/readers.ts';

/**
 * Makes the print source one reader's copy, in the page, before Paged.js paginates it.
 *
 * A shared book ("couple") keeps every prompt, a writing block per partner under "Partner A" /
 * "Partner B", and drops what the components mark `data-copy="personal"`. A personal copy keeps
 * its reader's prompts and exercises and those for both, with one unlabelled block each; drops the
 * other partner's and whatever is marked `data-copy="couple"`; and swaps each `data-personal-text`
 * in for the shared wording (the cover's "We started on" becomes "Started on"). Joint pages stay whole.
 */
export function applyReader(document: Document, reader: Reader): void {
  const personal = reader !== 'couple';
  for (const element of document.querySelectorAll(`[data-copy="${personal ? 'couple' : 'personal'}"]`)) {
    element.remove();
  }
  if (!personal) return;
  // Another reader's prompts and exercises: for neither this reader nor both.
  const others = `[data-for]:not([data-for="${reader}"], [data-for="both"])`;
  for (const block of document.querySelectorAll(`.print-reflection${others}, .print-exercise${others}`)) {
    block.remove();
  }
  for (const reflection of document.querySelectorAll('.print-reflection[data-for="both"]')) {
    const [, ...others] = reflection.querySelectorAll(':scope > .writing');
    for (const writing of others) writing.remove();
    reflection.querySelector(':scope > .writing .writing__label')?.remove();
    // The block left is the reader's own: its field names no partner (writing-areas.ts).
    reflection.querySelector(':scope > .writing')?.removeAttribute(fillData.partner);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-personal-text]')) {
    element.textContent = element.dataset['personalText'] ?? '';
  }
}
