import { book } from '../../../src/lib/book.ts';

/**
 * The practice's name and contact, kept in this browser only when the counselor ticks "Remember
 * my practice details on this device". Nothing else is ever stored. Storage can be switched off
 * or full; then the studio simply does not remember.
 */
export const STORAGE_KEY = `${book.slug}:studio`;

export interface PracticeDetails {
  practice: string;
  contact: string;
}

export function loadDetails(): PracticeDetails | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === null) return undefined;
    const parsed = JSON.parse(stored) as Partial<PracticeDetails> | null;
    return {
      practice: typeof parsed?.practice === 'string' ? parsed.practice : '',
      contact: typeof parsed?.contact === 'string' ? parsed.contact : '',
    };
  } catch {
    return undefined;
  }
}

export function saveDetails(details: PracticeDetails): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ practice: details.practice, contact: details.contact }));
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
