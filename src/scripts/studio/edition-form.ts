import type { z } from 'astro/zod';
import { formatChapterSelection, parseChapterSelection } from '../../../workbook/edition/chapter-selection.ts';
import { NUMBERED_CHAPTERS } from '../../../workbook/edition/edition-schema.ts';
import { studioUi } from '../../lib/ui-strings.ts';

/** The edition settings, by their names in the address, the print source and the CLI. */
export const editionFields = [
  'paper',
  'practice',
  'contact',
  'chapters',
  'lines',
  'promptsOnly',
  'booklet',
  'facilitator',
  'for',
  'discreet',
] as const;
export type EditionField = (typeof editionFields)[number];

/** Settings before validation, as editionInputFromQuery gives them: text, and flags as booleans. */
export type EditionInput = Partial<Record<EditionField, unknown>>;

const flags = ['promptsOnly', 'booklet', 'facilitator', 'discreet'] as const;

/** Keeps the edition's own settings from a query's input; anything else in the address is not ours. */
export function pickEditionFields(input: Record<string, unknown>): EditionInput {
  return Object.fromEntries(editionFields.filter((field) => field in input).map((field) => [field, input[field]]));
}

/**
 * Reads the form as the schema's input. The chapter boxes become a selection like "2-4" (all ten:
 * left out, the default); no box ticked cannot be written as a selection, so it is its own issue.
 */
export function readForm(form: HTMLFormElement): { input: EditionInput; issues: z.core.$ZodIssue[] } {
  const data = new FormData(form);
  const chosen = data.getAll('chapter').map(Number);
  const input: EditionInput = {
    paper: data.get('paper') ?? undefined,
    practice: data.get('practice') ?? '',
    contact: data.get('contact') ?? '',
    chapters: chosen.length === NUMBERED_CHAPTERS ? '' : formatChapterSelection(chosen),
    lines: data.get('lines') ?? undefined,
    for: data.get('for') ?? undefined,
  };
  for (const flag of flags) input[flag] = data.has(flag);
  const issues: z.core.$ZodIssue[] =
    chosen.length === 0 ? [{ code: 'custom', path: ['chapters'], message: studioUi.chooseAChapter, input: '' }] : [];
  return { input, issues };
}

/** Sets every control from settings (a bookmarked address); a value a control cannot show leaves it unset. */
export function fillForm(form: HTMLFormElement, input: EditionInput): void {
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  checkRadio(form, 'paper', text(input.paper, 'letter'));
  checkRadio(form, 'lines', text(input.lines, 'standard'));
  checkRadio(form, 'for', text(input.for, 'couple'));
  control(form, 'practice', HTMLInputElement).value = text(input.practice, '');
  control(form, 'contact', HTMLTextAreaElement).value = text(input.contact, '')
    .split(/\s*\|\s*/)
    .join('\n');
  const parsed = parseChapterSelection(text(input.chapters, ''), NUMBERED_CHAPTERS);
  const chosen = new Set('chapters' in parsed ? parsed.chapters.map(String) : []);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="chapter"]'))
    box.checked = chosen.has(box.value);
  for (const flag of flags) control(form, flag, HTMLInputElement).checked = input[flag] === true;
}

/** Ticks every chapter box, or none. */
export function setAllChapters(form: HTMLFormElement, checked: boolean): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="chapter"]')) box.checked = checked;
}

function checkRadio(form: HTMLFormElement, name: string, value: string): void {
  for (const radio of form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)) {
    radio.checked = radio.value === value;
  }
}

function control<Kind extends typeof HTMLInputElement | typeof HTMLTextAreaElement>(
  form: HTMLFormElement,
  name: string,
  kind: Kind,
): InstanceType<Kind> {
  const element = form.elements.namedItem(name);
  if (!(element instanceof kind)) throw new Error(`the studio form has no ${kind.name} named "${name}"`);
  return element as InstanceType<Kind>;
}
