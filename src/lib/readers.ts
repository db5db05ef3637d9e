import { book } from './book.ts';

/**
 * The readers the book writes for (content/book.json's `readers`), and the audiences a prompt can
 * have: one reader's id, or "both" for every reader.
 */
export const roles = book.readers;

/** Each reader's id, in the book's order, e.g. ["hurt", "involved"]. */
export const roleIds = roles.map((role) => role.id) as [string, ...string[]];

/** A prompt for every reader: a writing block each in the shared book, one in a personal copy. */
export const everyone = 'both';

/** Who a prompt is for: one reader's id, or "both". */
export const audiences = [...roleIds, everyone] as [string, ...string[]];

/** Who an edition is for: every reader sharing one book ("couple"), or one reader's own copy. */
export const readers = ['couple', ...roleIds] as [string, ...string[]];
export type Reader = string;

/** The readers who sign an agreement, in the order their lines print. */
export const signers: readonly string[] = book.signers;

/** A reader's name mid-sentence ("the partner who was hurt"); fails on an id the book does not have. */
export function roleName(id: string): string {
  const role = roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`No reader "${id}" in content/book.json; its readers are ${roleIds.join(', ')}.`);
  return role.name;
}

/** A reader's name where a label starts ("The partner who was hurt"). */
export function roleLabel(id: string): string {
  const name = roleName(id);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A reader's copy letter by their place in content/book.json ("A", "B"): the neutral name of their
 * personal copy, on its cover and in its file name, which says neither the subject nor a role.
 */
export function copyLetter(id: string): string {
  const index = roleIds.indexOf(id);
  if (index < 0) throw new Error(`No reader "${id}" in content/book.json; its readers are ${roleIds.join(', ')}.`);
  return String.fromCharCode('A'.charCodeAt(0) + index);
}
