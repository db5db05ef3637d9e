import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { Reader } from '../../src/lib/readers.ts';

type Chapter = PrintManifest['chapters'][number];

/**
 * What a copy for `reader` must hold and must not. A shared copy: everything. A personal copy:
 * exactly its reader's prompts and exercises and those for both, while the other partner's (each
 * told by its prompt, or its exercise's instructions) must not be printed. (The shared book's
 * "Partner A" / "Partner B" labels are checked on their own: workbook/guard/partner-labels.ts.)
 */
export function readerExpectations(
  chapters: readonly Chapter[],
  reader: Reader,
): { chapters: Chapter[]; forbidden: string[] } {
  if (reader === 'couple') return { chapters: [...chapters], forbidden: [] };
  const mine = (audience: string) => audience === reader || audience === 'both';
  return {
    chapters: chapters.map((chapter) => ({
      ...chapter,
      prompts: chapter.prompts.filter((prompt) => mine(prompt.for)),
      exercises: chapter.exercises.filter((exercise) => mine(exercise.for)),
    })),
    forbidden: [
      ...chapters.flatMap((chapter) => [
        ...chapter.prompts.filter((prompt) => !mine(prompt.for)).map((prompt) => prompt.text),
        ...chapter.exercises
          .filter((exercise) => !mine(exercise.for))
          .map((exercise) => exercise.blocks[0] ?? exercise.title),
      ]),
    ],
  };
}
