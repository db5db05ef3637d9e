import { availableParallelism } from 'node:os';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { EditionOptions } from '../edition/edition-schema.ts';
import { expectationsFor } from '../guard/edition-expectations.ts';

/**
 * How many parts a render may lay a book out in at once: one per core (Paged.js lays a page out
 * in one thread, and each part gets a renderer process of its own), and at least two, so a
 * one-core machine still overlaps one part's loading with another's layout.
 * `WORKBOOK_PARTS` sets it; 1 lays every book out whole (the bytes are the same either way).
 */
export function partsLimit(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cores = availableParallelism(),
): number {
  const set = env['WORKBOOK_PARTS'];
  if (set === undefined || set === '') return Math.max(2, cores);
  const value = Number(set);
  if (!Number.isInteger(value) || value < 1)
    throw new FriendlyError(`WORKBOOK_PARTS must be a whole number of parts, 1 or more (it is "${set}").`);
  return value;
}

/**
 * How many parts an edition in a batch renders in, given how many editions are queued from it on
 * (itself included) and the slots they share (render-editions.ts). While as many editions wait as
 * there are slots, each keeps a core busy whole, and a part would only add a page load of its
 * own (measured: docs/architecture.md, "Parts"); the last few share the slots the others leave.
 */
export function partsInTurn(wanted: number, queuedFromHere: number, slots: number): number {
  return Math.min(wanted, Math.max(1, Math.floor(slots / Math.max(1, queuedFromHere))));
}

/**
 * How many parts to lay this edition out in: `limit`, unless it has fewer places to cut. A book
 * is cut only before a chapter that opens on a right-hand page (print/runtime/print-parts.ts),
 * so a one-chapter edition stays whole, and so does a handout, whose chapters flow on.
 */
export function partsFor(edition: EditionOptions, manifest: PrintManifest, limit = partsLimit()): number {
  if (edition.promptsOnly) return 1;
  const chapters = expectationsFor(manifest, edition).manifest.chapters.length;
  return Math.max(1, Math.min(limit, chapters));
}
