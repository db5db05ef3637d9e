import type { Audience } from '../schemas/audience.ts';
import { everyone, roleIds } from './readers.ts';
import { withBase } from './site.ts';
import type { ExerciseRecord, PromptRecord } from './workbook-blocks.ts';

/**
 * One reader's page of reflections: `/reflections/<slug>/` gathers the prompts for `audience`;
 * its opening is `content/readers/<slug>.mdx`.
 */
export interface ReaderPage {
  /** The reader's id, or "together" for the prompts for both. */
  slug: string;
  audience: Audience;
}

/** A page per reader of content/book.json, then the one for both, in the order the site lists them. */
export const readerPages: readonly ReaderPage[] = [
  ...roleIds.map((id) => ({ slug: id, audience: id })),
  { slug: 'together', audience: everyone },
];

export function readerPageHref(page: ReaderPage): string {
  return withBase(`/reflections/${page.slug}/`);
}

/** What a chapter needs to be gathered from: its address, title, number and workbook blocks. */
interface GatherableChapter {
  id: string;
  href: string;
  title: string;
  number: number | undefined;
  workbook: { prompts: readonly PromptRecord[]; exercises: readonly ExerciseRecord[] };
}

export interface GatheredChapter<C extends GatherableChapter> {
  chapter: C;
  prompts: PromptRecord[];
  exercises: ExerciseRecord[];
}

/**
 * The prompts and exercises written for exactly `audience`, chapter by chapter in reading order;
 * chapters with none for that reader are left out.
 */
export function gatherForAudience<C extends GatherableChapter>(
  chapters: readonly C[],
  audience: Audience,
): GatheredChapter<C>[] {
  return chapters
    .map((chapter) => ({
      chapter,
      prompts: chapter.workbook.prompts.filter((prompt) => prompt.for === audience),
      exercises: chapter.workbook.exercises.filter((exercise) => exercise.for === audience),
    }))
    .filter((gathered) => gathered.prompts.length > 0 || gathered.exercises.length > 0);
}
