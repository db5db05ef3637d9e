import type { z } from 'astro/zod';
import { formatChapterSelection, parseChapterSelection } from '../../edition/chapter-selection.ts';
import { editionFieldNames, editionFields, type EditionSettings } from '../../edition/edition-fields.ts';
import { studioUi } from '../studio-strings.ts';
import { imageSetting, setImageSetting } from './image-input.ts';

/** How many chapter boxes the form has: the book's numbered chapters, as the page was built with them. */
export function chapterBoxCount(form: HTMLFormElement): number {
  return form.querySelectorAll('input[name="chapter"]').length;
}

/**
 * Reads the form as the schema's input, control by control as the field table describes them. The
 * chapter boxes become a selection like "2-4" (all ticked: left out, the default); no box ticked
 * cannot be written as a selection, so it is its own issue.
 */
export function readForm(form: HTMLFormElement): { settings: EditionSettings; issues: z.core.$ZodIssue[] } {
  const data = new FormData(form);
  const settings: EditionSettings = {};
  const issues: z.core.$ZodIssue[] = [];
  for (const name of editionFieldNames) {
    const field = editionFields[name];
    switch (field.kind) {
      case 'flag':
        settings[name] = data.has(name);
        break;
      case 'choice': {
        const value = data.get(name);
        if (typeof value === 'string') settings[name] = value;
        break;
      }
      case 'text': {
        const value = data.get(name);
        settings[name] = typeof value === 'string' ? value : '';
        break;
      }
      case 'chapters': {
        const chosen = data.getAll('chapter').map(Number);
        settings[name] = chosen.length === chapterBoxCount(form) ? '' : formatChapterSelection(chosen);
        if (chosen.length === 0)
          issues.push({ code: 'custom', path: [name], message: studioUi.chooseAChapter, input: '' });
        break;
      }
      case 'image': {
        const { value, issue } = imageSetting(name);
        settings[name] = value;
        if (issue) issues.push(issue);
        break;
      }
    }
  }
  return { settings, issues };
}

/** Sets every control from settings (a bookmarked address); a value a control cannot show leaves it unset. */
export function fillForm(form: HTMLFormElement, settings: EditionSettings): void {
  for (const name of editionFieldNames) {
    const field = editionFields[name];
    const value = settings[name];
    const text = typeof value === 'string' ? value : undefined;
    switch (field.kind) {
      case 'flag':
        control(form, name, HTMLInputElement).checked = value === true;
        break;
      case 'choice':
        for (const radio of form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`))
          radio.checked = radio.value === (text ?? field.default);
        break;
      case 'text': {
        const element = control(form, name, field.rows > 1 ? HTMLTextAreaElement : HTMLInputElement);
        element.value = field.lines > 1 ? (text ?? '').split(/\s*\|\s*/).join('\n') : (text ?? '');
        break;
      }
      case 'chapters': {
        const parsed = parseChapterSelection(text ?? '', chapterBoxCount(form));
        const chosen = new Set('chapters' in parsed ? parsed.chapters.map(String) : []);
        for (const box of form.querySelectorAll<HTMLInputElement>('input[name="chapter"]'))
          box.checked = chosen.has(box.value);
        break;
      }
      case 'image':
        // Only the device's remembered details hold one: an address never does.
        setImageSetting(form, name, text ?? '');
        break;
    }
  }
}

/** Ticks every chapter box, or none. */
export function setAllChapters(form: HTMLFormElement, checked: boolean): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="chapter"]')) box.checked = checked;
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
