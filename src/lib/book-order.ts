import { FriendlyError } from './friendly-error.ts';

/** What ordering needs to know of a chapter entry; the content collection's entries fit it. */
export interface OrderableChapter {
  id: string;
  filePath?: string | undefined;
  data: { order: number; title: string; part?: string | undefined; unnumbered: boolean };
}

/** A chapter in reading order, numbered as the contents shows it. */
export interface NumberedChapter<Entry extends OrderableChapter> {
  entry: Entry;
  /** "Chapter N of total"; undefined for the unnumbered introduction. */
  number: number | undefined;
  /** 0-based position in reading order. */
  index: number;
}

/**
 * Sorts chapters by `order` and numbers them. Two chapters with the same `order` would make
 * the book's sequence depend on file-system order, so that stops the build, naming both files.
 */
export function orderChapters<Entry extends OrderableChapter>(entries: readonly Entry[]): NumberedChapter<Entry>[] {
  const byOrder = new Map<number, Entry>();
  for (const entry of entries) {
    const other = byOrder.get(entry.data.order);
    if (other) {
      throw new FriendlyError(
        `${fileOf(entry)} → order: ${entry.data.order} is already used by ${fileOf(other)}; each chapter needs its own order. Renumber one of them.`,
      );
    }
    byOrder.set(entry.data.order, entry);
  }
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  let number = 0;
  return sorted.map((entry, index) => ({
    entry,
    index,
    number: entry.data.unnumbered ? undefined : ++number,
  }));
}

/** Groups chapters under their part, in reading order; chapters without a part form an unnamed group. */
export function groupByPart<Item extends { entry: OrderableChapter }>(
  chapters: readonly Item[],
): { part: string | undefined; chapters: Item[] }[] {
  const groups: { part: string | undefined; chapters: Item[] }[] = [];
  for (const chapter of chapters) {
    const part = chapter.entry.data.part;
    const last = groups.at(-1);
    if (last && last.part === part) last.chapters.push(chapter);
    else groups.push({ part, chapters: [chapter] });
  }
  return groups;
}

function fileOf(entry: OrderableChapter): string {
  return entry.filePath ?? entry.id;
}

/** How many chapters are numbered ("Chapter N of this"): the introduction is listed but not counted. */
export function numberedCount(chapters: readonly { number?: number | undefined }[]): number {
  return chapters.filter((chapter) => chapter.number !== undefined).length;
}
