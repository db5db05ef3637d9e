import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { EditionOptions } from '../edition/edition-schema.ts';
import { readerExpectations } from './reader-expectations.ts';

/** What an edition's PDF must hold, and what it must not. */
export interface EditionExpectations {
  /** The chapters it includes, with the text each must show. */
  manifest: PrintManifest;
  /** Text that must appear somewhere (the practice's name and contact lines). */
  required: string[];
  /** Sentences that must not appear (the article's, in a prompts-only handout; the other partner's prompts, in a personal copy). */
  forbidden: string[];
}

/** Narrows the book's manifest to an edition: the introduction always, then the chosen chapters, for its reader. */
export function expectationsFor(manifest: PrintManifest, edition: EditionOptions): EditionExpectations {
  const chosen = edition.chapters === 'all' ? undefined : new Set(edition.chapters);
  const chapters = manifest.chapters.filter(
    (chapter) => chapter.number === undefined || chosen === undefined || chosen.has(chapter.number),
  );
  const left = manifest.chapters.filter((chapter) => !chapters.includes(chapter));
  const copy = readerExpectations(chapters, edition.for);
  return {
    manifest: {
      ...manifest,
      chapters: copy.chapters.map((chapter) => (edition.promptsOnly ? { ...chapter, articleText: [] } : chapter)),
    },
    required: [edition.practice, ...edition.contact].filter((text) => text.length > 0),
    forbidden: [
      ...(edition.promptsOnly ? chapters.flatMap((chapter) => chapter.articleText) : []),
      // A chapter left out must not be printed either; its title is the tell.
      ...left.map((chapter) => chapter.articleText[0] ?? chapter.title),
      ...copy.forbidden,
    ],
  };
}
