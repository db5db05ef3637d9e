import { book } from '../../src/lib/book.ts';
import { signers } from '../../src/lib/readers.ts';

/** A reader who writes or signs: a reader's id from content/book.json. */
export type Partner = string;

/**
 * The writing space of the print page, as a fillable edition turns it into form fields: each
 * writing area's stable name, its kind and its tooltip, written on the element as data attributes
 * (below) by the print components, read back in the paginated pages by the runtime's
 * `collectFields()` (print/runtime/collect-fields.ts), and listed from the print manifest by the
 * check that every area became a field (guard/fillable-expectations.ts). One naming scheme for
 * all three, so they cannot drift.
 *
 * Names use dots only as separators (PDF field names treat a dot as a hierarchy step):
 * - a prompt's block: `<prompt id>` (a shared copy's block for both: `<prompt id>.<partner>`);
 * - an exercise's open lines: `<exercise id>`; a table cell: `<id>.r<row>.c<column>`;
 *   a checklist item's box: `<id>.i<item>`; an agreement's signature and date lines:
 *   `<id>.signature.<partner>`, `<id>.date.<partner>` (all counted from 1);
 * - the fixed pages: `cover.name-1`, `cover.name-2` (a shared copy), `cover.owner` (a personal
 *   one), `cover.started`, the tracker's cells `weekly-check-in.r<row>.c<column>`,
 *   `our-agreement.commit`, `our-agreement.review`, its signatures, `support-and-resources.numbers`,
 *   `notes`, `notes-2`.
 * Ruled space that Paged.js may split between pages (kind `multiline`) gets one field per page
 * fragment: the area's name then `.1`, `.2`…, so no area name ends in `.<digits>`.
 */

/**
 * What the collector measures an element as: `multiline` (ruled space), `text` (one line: a name,
 * a date, a signature), `checkbox`, or `cell` (a table cell: `text`, or `multiline` when it is
 * tall enough for two lines of typing).
 */
export type FillKind = 'multiline' | 'text' | 'checkbox' | 'cell';

/** The data attributes, by name: what components write and the collector reads. */
export const fillData = {
  /** On the measured element: its FillKind. */
  kind: 'data-fill',
  /** The area's name (without partner or fragment). */
  name: 'data-fill-name',
  /** The tooltip (/TU), without the partner. */
  tip: 'data-fill-tip',
  /** A reader's id: the reader whose block or line it is, added to the name and tooltip. */
  partner: 'data-fill-partner',
  /**
   * A signature or date line's tooltip in a personal copy, which calls its reader "you": in the
   * signer's own copy, and in the other partner's. The runtime puts the right one in `tip` and marks
   * it `ownerNamed` (print/runtime/apply-reader.ts).
   */
  ownTip: 'data-fill-own-tip',
  otherTip: 'data-fill-other-tip',
  /** On an element whose tooltip names its owner already: no partner is put before it. */
  ownerNamed: 'data-fill-owner-named',
  /** The custom property whose length is the ruling's line pitch, e.g. "--wb-line-gap". */
  pitch: 'data-fill-pitch',
  /** On a child printed inside the measured element (a label, a caption): the field keeps clear of it. */
  exclude: 'data-fill-exclude',
} as const;

export interface WritingArea {
  kind: FillKind;
  name: string;
  tip: string;
  partner?: Partner | undefined;
  /** For ruled space: the custom property of its line pitch. */
  pitch?: string | undefined;
}

/** The attributes that mark `area` on its element, to spread in a component. */
export function fillAttributes(area: WritingArea): Record<string, string> {
  return {
    [fillData.kind]: area.kind,
    [fillData.name]: area.name,
    [fillData.tip]: area.tip,
    ...(area.partner ? { [fillData.partner]: area.partner } : {}),
    ...(area.pitch ? { [fillData.pitch]: area.pitch } : {}),
  };
}

/** An area's name with its partner, if any: the field's name but for a fragment number. */
export function areaName(name: string, partner?: Partner): string {
  return partner ? `${name}.${partner}` : name;
}

export const cellName = (id: string, row: number, column: number) => `${id}.r${row}.c${column}`;
export const checkItemName = (id: string, item: number) => `${id}.i${item}`;
export const signatureNames = (id: string) => ({ signature: `${id}.signature`, date: `${id}.date` });

/** The pitch every ruled block of the workbook is spaced by (styles/tokens.css, set per edition). */
export const linePitchProperty = '--wb-line-gap';

/**
 * A prompt or item in short for a tooltip: its first sentence, cut at a word near `max`
 * characters. A screen reader says it on entering the field; the full text is printed beside it.
 */
export function shortTip(text: string, max = 90): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const sentence = /^.+?[.?!](?=\s|$)/.exec(plain)?.[0] ?? plain;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:]+$/, '')}…`;
}

/** The readers who sign an agreement (content/book.json's `signers`), in the order their lines print. */
export const signingPartners: readonly Partner[] = signers;

/** The areas of the pages every edition prints after (or before) the chapters; the tracker's cells follow its table. */
export const fixedAreas = {
  /** `copy`: only in a shared ("couple") or a personal copy (data-copy, print/runtime/apply-reader.ts). */
  cover: {
    firstName: { kind: 'text', name: 'cover.name-1', tip: 'Name', copy: 'couple' },
    secondName: { kind: 'text', name: 'cover.name-2', tip: 'Name', copy: 'couple' },
    owner: { kind: 'text', name: 'cover.owner', tip: 'This copy belongs to', copy: 'personal' },
    started: { kind: 'text', name: 'cover.started', tip: 'The day you started' },
  },
  agreement: { id: 'our-agreement', commit: 'our-agreement.commit', review: 'our-agreement.review' },
  resources: 'support-and-resources.numbers',
  notes: ['notes', 'notes-2'],
  /**
   * The check-in page reprints the table of the exercise of this title (PrintTracker.astro;
   * content/book.json's `checkInExercise`); a book without one prints no such page.
   */
  tracker: { id: 'weekly-check-in', exerciseTitle: book.checkInExercise },
} as const;
