import type { FormFieldBox } from '../contracts/form-fields.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import { copyLetter, roleIds, type Reader } from '../../src/lib/readers.ts';

type Chapter = Pick<PrintManifest['chapters'][number], 'number' | 'prompts' | 'exercises'>;

/**
 * A discreet edition's fields' tooltips (/TU), which a screen reader speaks and a PDF app may show
 * on hover: each names its place in neutral words ("Chapter 3, question 2: your answer", "Chapter 2,
 * exercise 1, row 1, column 2"), never the prompt's words or a role, for the prompt's words may
 * name the subject where the pages around it are closed. Built from the field's name
 * (workbook/print/writing-areas.ts) and the chapters this copy prints, counted in their order.
 * A fixed page's own tooltip ("Notes", "The day you started") is our neutral writing and stays;
 * its cells and signature lines are named like a chapter's.
 */
export function neutralTooltips(
  fields: readonly FormFieldBox[],
  chapters: readonly Chapter[],
  reader: Reader,
): FormFieldBox[] {
  const places = placesOf(chapters);
  return fields.map((field) => ({ ...field, tooltip: neutralTooltip(field, places, reader) }));
}

/** Each prompt's and exercise's place, by id: "Chapter 3, question 2". */
function placesOf(chapters: readonly Chapter[]): Map<string, string> {
  const places = new Map<string, string>();
  for (const chapter of chapters) {
    const where = chapter.number === undefined ? 'Introduction' : `Chapter ${chapter.number}`;
    chapter.prompts.forEach((prompt, index) => places.set(prompt.id, `${where}, question ${index + 1}`));
    chapter.exercises.forEach((exercise, index) => places.set(exercise.id, `${where}, exercise ${index + 1}`));
  }
  return places;
}

function neutralTooltip(field: FormFieldBox, places: ReadonlyMap<string, string>, reader: Reader): string {
  const [id = '', ...rest] = field.name.split('.');
  // A ruled area's fragment number (`.1`, `.2`) says where a page turn cut it, not what it is.
  if (field.kind === 'multiline' && /^\d+$/.test(rest.at(-1) ?? '')) rest.pop();
  const chapterPlace = places.get(id);
  const place = chapterPlace ?? fixedPlace(id);
  const [first = '', second = ''] = rest;
  const row = /^r(\d+)$/.exec(first);
  const column = /^c(\d+)$/.exec(second);
  if (row && column) {
    // A fixed page's table (the check-in page) keeps its own name, which is ours, not a prompt's.
    const table = chapterPlace ?? field.tooltip.split(':')[0] ?? place;
    return `${table}, row ${row[1]}, column ${column[1]}`;
  }
  const item = /^i(\d+)$/.exec(first);
  if (item) return `${place}, item ${item[1]}`;
  if ((first === 'signature' || first === 'date') && roleIds.includes(second)) {
    const whose = signerWords(second, reader);
    return `${place}: ${first === 'date' ? `the date beside ${whose}` : whose}`;
  }
  if (rest.length === 1 && roleIds.includes(first)) return `${place}: partner ${copyLetter(first)}’s answer`;
  if (chapterPlace !== undefined) return `${chapterPlace}: your answer`;
  // A fixed page's own area: its tooltip is our neutral writing ("Notes", "The day you started").
  return field.tooltip;
}

/** A fixed page's id in words, for its signature lines: "our-agreement" → "Our agreement". */
function fixedPlace(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A signature line's signer: in a personal copy, "your signature" or "your partner’s"; in a shared one, by letter. */
function signerWords(signer: string, reader: Reader): string {
  if (reader === 'couple') return `partner ${copyLetter(signer)}’s signature`;
  return signer === reader ? 'your signature' : 'your partner’s signature';
}
