import { availableParallelism } from 'node:os';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { EditionOptions } from '../edition/edition-schema.ts';
import { expectationsFor } from '../guard/edition-expectations.ts';

/**
 * A book with less printed text than this (characters of article, prompts and exercises) is laid
 * out whole: a part costs a page load and a join of its own, and Paged.js's layout only grows
 * faster than the book (each page's forced style and layout costs more in a longer document), so
 * parts pay only on a long book. Measured on the 2-core machine CI runs on, 2026-12-06, the Letter
 * workbook and synthetic books of its chapters repeated (`bench/synthetic-book.ts`), one part
 * against two (medians, render alone): 24 k characters (the book) 1.84 s whole, 2.10 s in parts;
 * 48 k 2.85 s and 2.95 s; 96 k 4.6 s and 5.0 s; 240 k 10.4 s and 10.6 s; 482 k 22.8 s and 17.3 s;
 * 719 k 47.0 s and 36.1 s. Parts break even near 240 k; from 250 k a book is cut.
 */
export const PARTS_FROM_CHARACTERS = 250_000;

/** How a render decides its parts: at most `limit`, and only for a book of `fromCharacters` or more. */
export interface PartsRule {
  limit: number;
  fromCharacters: number;
}

/**
 * One part per core (Paged.js lays a page out in one thread, and each part gets a renderer process
 * of its own), at least two, for a book long enough to gain from them. `WORKBOOK_PARTS` sets the
 * number for any book, however short (to measure parts, or to test them); 1 lays every book out
 * whole. The bytes are the same either way.
 */
export function partsRule(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cores = availableParallelism(),
): PartsRule {
  const set = env['WORKBOOK_PARTS'];
  if (set === undefined || set === '') return { limit: Math.max(2, cores), fromCharacters: PARTS_FROM_CHARACTERS };
  const value = Number(set);
  if (!Number.isInteger(value) || value < 1)
    throw new FriendlyError(`WORKBOOK_PARTS must be a whole number of parts, 1 or more (it is "${set}").`);
  return { limit: value, fromCharacters: 0 };
}

/** The characters of text an edition's chapters lay out: article, prompts and exercises. */
export function printedCharacters(chapters: PrintManifest['chapters']): number {
  const sum = (texts: readonly string[]) => texts.reduce((total, text) => total + text.length, 0);
  return chapters.reduce(
    (total, chapter) =>
      total +
      sum(chapter.articleText) +
      sum(chapter.prompts.map((prompt) => prompt.text)) +
      sum(chapter.exercises.flatMap((exercise) => [exercise.title, ...exercise.blocks])),
    0,
  );
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
 * How many parts to lay this edition out in: the rule's limit, for a book long enough, unless it
 * has fewer places to cut. A book is cut only before a chapter that opens on a right-hand page
 * (print/runtime/print-parts.ts), so a one-chapter edition stays whole, and so does a handout,
 * whose chapters flow on.
 */
export function partsFor(edition: EditionOptions, manifest: PrintManifest, rule = partsRule()): number {
  if (edition.promptsOnly) return 1;
  const { chapters } = expectationsFor(manifest, edition).manifest;
  if (printedCharacters(chapters) < rule.fromCharacters) return 1;
  return Math.max(1, Math.min(rule.limit, chapters.length));
}
