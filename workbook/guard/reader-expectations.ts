import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { Reader } from '../../src/lib/readers.ts';

type Chapter = PrintManifest['chapters'][number];

/**
 * What a copy for `reader` must hold and must not. A shared copy: everything but the blocks marked
 * `ownCopyOnly`, which must not be printed in it. A personal copy: exactly its reader's prompts and
 * exercises (own-copy ones included) and those for both, while the other partner's (each told by its
 * prompt, or its exercise's instructions) must not be printed. (The shared book's
 * "Partner A" / "Partner B" labels are checked on their own: workbook/guard/partner-labels.ts.)
 */
export function readerExpectations(
  chapters: readonly Chapter[],
  reader: Reader,
): { chapters: Chapter[]; forbidden: string[] } {
  const mine = (block: { for: string; ownCopyOnly?: boolean | undefined }) =>
    reader === 'couple' ? !block.ownCopyOnly : block.for === reader || block.for === 'both';
  return {
    chapters: chapters.map((chapter) => ({
      ...chapter,
      prompts: chapter.prompts.filter(mine),
      exercises: chapter.exercises.filter(mine),
    })),
    forbidden: [
      ...chapters.flatMap((chapter) => [
        ...chapter.prompts.filter((prompt) => !mine(prompt)).map((prompt) => prompt.text),
        ...chapter.exercises
          .filter((exercise) => !mine(exercise))
          .map((exercise) => exercise.blocks[0] ?? exercise.title),
      ]),
    ],
  };
}
