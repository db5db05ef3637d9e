import type { Reader } from '../../../src/lib/readers.ts';
import { ui } from '../../../src/lib/ui-strings.ts';
import type { OwnCopyPages } from '../../edition/own-copy-pages.ts';
import { pageTokens } from '../own-copy-token.ts';
import { fillData } from '../writing-areas.ts';

/** The writing space of a block: ruled lines, a table's body rows, signature lines. */
const writingSpace = ':scope > .writing, :scope > .print-table, :scope > .signatures';

/**
 * Makes the print source one reader's copy, in the page, before Paged.js paginates it.
 *
 * A shared book ("couple") holds what the partners do together: it drops what the components mark
 * `data-copy="personal"`, and a block each partner answers alone (`data-answer="own-copy"`: every
 * prompt, and an exercise for one partner) keeps its words but loses its writing space, which is
 * in the personal copies; its pointer says where, with the page in each copy when `ownCopyPages`
 * gives it. A personal copy keeps its reader's prompts and exercises and those for both, each with
 * its writing space; drops the other partner's and whatever is marked `data-copy="couple"`; and
 * swaps each `data-personal-text` in for the shared wording (the cover's "We started on" becomes
 * "Started on"; a prompt's "For the partner who…" becomes "For you"), keeps the cover's copy letter
 * of its reader only, and names a signature line "Your signature" or "Your partner’s signature".
 * Its pages name no role where "you" will do. Joint pages stay whole.
 */
export function applyReader(document: Document, reader: Reader, ownCopyPages?: OwnCopyPages): void {
  const personal = reader !== 'couple';
  for (const element of document.querySelectorAll(`[data-copy="${personal ? 'couple' : 'personal'}"]`)) {
    element.remove();
  }
  if (!personal) {
    keepOnlyJointSpace(document, ownCopyPages);
    return;
  }
  // Another reader's prompts and exercises: for neither this reader nor both.
  const others = `[data-for]:not([data-for="${reader}"], [data-for="both"])`;
  for (const block of document.querySelectorAll(`.print-reflection${others}, .print-exercise${others}`)) {
    block.remove();
  }
  // The cover's neutral "Copy A" / "Copy B": only this reader's.
  for (const line of document.querySelectorAll(`[data-copy-of]:not([data-copy-of="${reader}"])`)) line.remove();
  for (const element of document.querySelectorAll<HTMLElement>('[data-personal-text]')) {
    element.textContent = element.dataset['personalText'] ?? '';
  }
  for (const caption of document.querySelectorAll<HTMLElement>('[data-signer]')) {
    caption.textContent = caption.dataset['signer'] === reader ? ui.ownSignature : ui.partnerSignature;
  }
  // A signature line's tooltip too: a fillable copy's screen reader says "your signature", not a role.
  for (const line of document.querySelectorAll<HTMLElement>(`[${fillData.ownTip}]`)) {
    const own = line.getAttribute(fillData.partner) === reader;
    line.setAttribute(fillData.tip, line.getAttribute(own ? fillData.ownTip : fillData.otherTip) ?? '');
    line.setAttribute(fillData.ownerNamed, '');
  }
}

function keepOnlyJointSpace(document: Document, ownCopyPages: OwnCopyPages | undefined): void {
  for (const block of document.querySelectorAll<HTMLElement>('[data-answer="own-copy"]')) {
    for (const space of block.querySelectorAll(writingSpace)) space.remove();
    // Without its space the prompt is a paragraph: it no longer starts a page or keeps with what
    // follows (chapter.css), and a checklist gets no boxes to tick (add-checkboxes.ts).
    block.classList.remove('print-reflection--page', 'print-exercise--page');
    block.classList.add('print-text-only');
    delete block.dataset['checklist'];
    const pointer = block.querySelector<HTMLElement>('.print-own-copy');
    if (pointer && ownCopyPages) pointToPages(pointer, block.id, ownCopyPages);
  }
}

/** Puts each reader's page into the pointer's sentence; leaves the sentence without pages if any is unknown. */
function pointToPages(pointer: HTMLElement, id: string, ownCopyPages: OwnCopyPages): void {
  let text = pointer.dataset['ownCopyTemplate'] ?? '';
  for (const { token, reader } of pageTokens(text)) {
    const page = ownCopyPages[reader]?.[id];
    if (page === undefined) return;
    text = text.replace(token, String(page));
  }
  pointer.textContent = text;
}
