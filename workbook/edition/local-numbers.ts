import { escapeInput } from '../../src/lib/quote-input.ts';

/**
 * The numbers a practice prints for its clients on the Support page: each a label and a phone
 * number or an address ("Crisis line: 988", "Domestic abuse service: help.example.org"), written
 * one to a line or with " | " between them, as the contact lines are. A number printed wrong is
 * worse than none at a moment of crisis, so every entry must have both halves and a number must
 * look like a number: anything else is refused with the entry it is in and how to write it.
 */

/** One entry as printed: the label, then the number or address, each set as text. */
export interface LocalNumber {
  label: string;
  value: string;
}

export const localNumberLimits = { entries: 6, label: 40, value: 60 } as const;

export const localNumberExample = 'Crisis line: 988';

/** The entries of `text`, or the first problem with them in words a person can act on. */
export function parseLocalNumbers(text: string): { numbers: LocalNumber[] } | { error: string } {
  const entries = text
    .split(/\s*(?:\r?\n|\|)\s*/)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length > localNumberLimits.entries)
    return { error: `give at most ${localNumberLimits.entries} entries; ${entries.length} were given` };
  const numbers: LocalNumber[] = [];
  for (const [index, entry] of entries.entries()) {
    const parsed = parseEntry(entry);
    if ('error' in parsed) return { error: `entry ${index + 1}, “${escapeInput(entry)}”: ${parsed.error}` };
    numbers.push(parsed.number);
  }
  return { numbers };
}

/** The entries as the address, the CLI and the form write them. */
export function formatLocalNumbers(numbers: readonly LocalNumber[]): string {
  return numbers.map(({ label, value }) => `${label}: ${value}`).join(' | ');
}

// The label ends at the first colon that does not begin a web address's "://".
const labelEnd = /:(?!\/\/)/;

function parseEntry(entry: string): { number: LocalNumber } | { error: string } {
  const colon = labelEnd.exec(entry);
  if (!colon) return { error: `write a label, a colon, then the number, e.g. "${localNumberExample}"` };
  const label = entry.slice(0, colon.index).trim();
  const value = entry.slice(colon.index + 1).trim();
  if (label === '') return { error: `has no label; say whose number it is, e.g. "${localNumberExample}"` };
  if (value === '') return { error: `has no number; add it after the colon, e.g. "${localNumberExample}"` };
  if (label.length > localNumberLimits.label)
    return { error: `its label is ${label.length} characters long; at most ${localNumberLimits.label} allowed` };
  if (value.length > localNumberLimits.value)
    return { error: `its number is ${value.length} characters long; at most ${localNumberLimits.value} allowed` };
  if (!isPhoneNumber(value) && !isAddress(value))
    return {
      error: `“${escapeInput(value)}” is neither a phone number nor a web or e-mail address; write digits with spaces and + ( ) - only, or an address like help.example.org`,
    };
  return { number: { label, value } };
}

/** Digits, with the spaces and signs people write numbers with; short codes such as 999 or 112 included. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return /^\+?[\d\s().\-/]+$/.test(value) && /^\+?\(?\d/.test(value) && digits >= 2 && digits <= 20;
}

/** A web address (with or without https://) or an e-mail address, with no spaces. */
export function isAddress(value: string): boolean {
  const host = String.raw`(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}`;
  const web = new RegExp(String.raw`^(?:https?://)?(?:www\.)?${host}(?:[/?#]\S*)?$`, 'u');
  const mail = new RegExp(String.raw`^[^\s@]+@${host}$`, 'u');
  return web.test(value) || mail.test(value);
}
