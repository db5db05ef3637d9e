import { book } from '../../../src/lib/book.ts';
import { rememberedFieldNames, type EditionSettings } from '../../edition/edition-fields.ts';

/**
 * The practice's details (the edition fields marked `remembered`), kept in this browser only when
 * the counselor ticks "Remember my practice details on this device". Nothing else is ever stored.
 * Storage can be switched off or full; then the studio simply does not remember.
 */
export const STORAGE_KEY = `${book.slug}:studio`;

/** The remembered fields' values, each text (empty when not given). */
export type PracticeDetails = Record<string, string>;

/** The remembered fields of `settings`, as text. */
export function practiceDetailsOf(settings: EditionSettings): PracticeDetails {
  return Object.fromEntries(rememberedFieldNames.map((name) => [name, String(settings[name] ?? '')]));
}

export function loadDetails(): PracticeDetails | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === null) return undefined;
    const parsed = JSON.parse(stored) as Record<string, unknown> | null;
    return Object.fromEntries(
      rememberedFieldNames.map((name) => {
        const value = parsed?.[name];
        return [name, typeof value === 'string' ? value : ''];
      }),
    );
  } catch {
    return undefined;
  }
}

export function saveDetails(details: PracticeDetails): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(details));
  } catch {
    // Storage is off or full: the details stay in the form and the address only.
  }
}

export function forgetDetails(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage is off: there is nothing to forget.
  }
}
