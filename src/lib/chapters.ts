import { getCollection, render, type CollectionEntry } from 'astro:content';
import { orderChapters, type NumberedChapter } from './book-order.ts';
import { withBase } from './site.ts';
import type { WorkbookBlocks } from './workbook-blocks.ts';

export type ChapterEntry = CollectionEntry<'guide'>;

/** A chapter ready for a page: its entry, number, address, reading time and workbook blocks. */
export interface Chapter extends NumberedChapter<ChapterEntry> {
  id: string;
  title: string;
  /** Address from the host, under the base path, e.g. "/patience/" or "/our-book/patience/". */
  href: string;
  readingMinutes: number;
  /** The author's paragraphs, as compiled (collected by remark-article-text). */
  articleText: string[];
  workbook: WorkbookBlocks;
}

let cached: Promise<Chapter[]> | undefined;

/**
 * Every chapter in reading order. Sorting, numbering and collecting each chapter's prompts is
 * done once per build and shared by every page (the contents, each chapter, the print source).
 */
export function getChapters(): Promise<Chapter[]> {
  cached ??= loadChapters();
  return cached;
}

async function loadChapters(): Promise<Chapter[]> {
  const ordered = orderChapters(await getCollection('guide'));
  return Promise.all(
    ordered.map(async (chapter) => {
      const { remarkPluginFrontmatter } = await render(chapter.entry);
      return {
        ...chapter,
        id: chapter.entry.id,
        title: chapter.entry.data.title,
        href: withBase(`/${chapter.entry.id}/`),
        readingMinutes: Number(remarkPluginFrontmatter['readingMinutes'] ?? 1),
        articleText: (remarkPluginFrontmatter['articleText'] as string[] | undefined) ?? [],
        workbook: (remarkPluginFrontmatter['workbook'] as WorkbookBlocks | undefined) ?? { prompts: [], exercises: [] },
      };
    }),
  );
}
