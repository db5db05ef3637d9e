import type { z } from 'astro/zod';
import { studioUi } from '../studio-strings.ts';

/**
 * The studio's image settings (the practice's logo): the file the counselor chose, read on this
 * device only, checked and an SVG sanitised as the CLI does (read-logo-file.ts), and
 * kept here as a data: URL for the edition value. Nothing is uploaded and nothing goes into the
 * address; it is stored only with the practice's details, when the counselor asks.
 */
type Chosen = { dataUrl: string } | { problem: string };
const chosen = new Map<string, Chosen>();

/** What the form holds for this image setting: a data: URL (empty for none), or the problem with the chosen file. */
export function imageSetting(name: string): { value: string; issue?: z.core.$ZodIssue } {
  const current = chosen.get(name);
  if (current === undefined) return { value: '' };
  if ('dataUrl' in current) return { value: current.dataUrl };
  return { value: '', issue: { code: 'custom', path: [name], message: current.problem, input: '' } };
}

/** Sets an image setting from a value kept on this device (checked again by the schema). */
export function setImageSetting(form: HTMLFormElement, name: string, dataUrl: string): void {
  if (dataUrl) chosen.set(name, { dataUrl });
  else chosen.delete(name);
  showState(form, name);
}

/** Reads a file as the counselor chooses it; `changed` runs once it is read (the form's own update). */
export function watchImageInputs(form: HTMLFormElement, changed: () => void): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[data-image-field]')) {
    const name = input.dataset['imageField'] ?? '';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return;
      // The reader is its own chunk, fetched from this site on the first file chosen.
      void import('./read-logo-file.ts').then(async ({ readLogoFile }) => {
        const read = await readLogoFile(file);
        chosen.set(name, 'problem' in read ? { problem: `“${file.name}” ${read.problem}` } : read);
        showState(form, name);
        changed();
      });
    });
  }
  for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-image-remove]')) {
    const name = button.dataset['imageRemove'] ?? '';
    button.addEventListener('click', () => {
      chosen.delete(name);
      const input = form.querySelector<HTMLInputElement>(`input[data-image-field="${name}"]`);
      if (input) input.value = '';
      showState(form, name);
      changed();
    });
  }
}

function showState(form: HTMLFormElement, name: string): void {
  const has = imageSetting(name).value !== '';
  const state = form.querySelector<HTMLElement>(`[data-image-state="${name}"]`);
  if (state) state.textContent = has ? studioUi.logoChosen : studioUi.logoNone;
  // The row, not the button: the button's own display rule would override its hidden attribute.
  const remove = form.querySelector<HTMLElement>(`[data-image-remove-row="${name}"]`);
  if (remove) remove.hidden = !chosen.has(name);
}
