import type { z } from 'astro/zod';
import { formatIssues } from '../../../src/lib/friendly-error.ts';
import { editionFieldNames as editionFields } from '../../edition/edition-fields.ts';

/**
 * Shows each field's problems next to it, worded as the CLI words them (formatIssues), marks its
 * controls aria-invalid and adds the message to the field's description. Clears fields without
 * problems. Returns the lines of issues that belong to no field (none, with a form of ours).
 */
export function showFieldErrors(form: HTMLFormElement, issues: readonly z.core.$ZodIssue[]): string[] {
  for (const field of editionFields) {
    const own = issues.filter((issue) => issue.path[0] === field);
    const message = own.length > 0 ? formatIssues('edition', own) : '';
    const error = form.querySelector<HTMLElement>(`#studio-${field}-error`);
    if (error) {
      error.textContent = message;
      error.hidden = message === '';
    }
    for (const control of form.querySelectorAll(`[data-field="${field}"]`)) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    const described = form.querySelector<HTMLElement>(`[data-described="${field}"]`);
    if (described && error) describe(described, error.id, message !== '');
  }
  const others = issues.filter((issue) => !(editionFields as readonly PropertyKey[]).includes(issue.path[0] ?? ''));
  return others.length > 0 ? [formatIssues('edition', others)] : [];
}

function describe(element: HTMLElement, errorId: string, withError: boolean): void {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => id && id !== errorId);
  if (withError) ids.push(errorId);
  element.setAttribute('aria-describedby', ids.join(' '));
}
