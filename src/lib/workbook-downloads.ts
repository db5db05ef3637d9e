import { readWorkbookPages, type WorkbookPages } from '../schemas/workbook-pages.ts';

export type PublishedEdition = WorkbookPages['editions'][number];

const published = readWorkbookPages();

/** The PDFs this build publishes, with real sizes and page counts; empty before they are rendered. */
export const publishedEditions: PublishedEdition[] = published?.editions ?? [];

/** The EPUB this build publishes, with its size; undefined in a site-only build. */
export const publishedEpub: WorkbookPages['epub'] = published?.epub;

/** The ids of the option pictures this build drew; empty when it drew none. */
export const publishedPictures: readonly string[] = published?.pictures ?? [];

/** Where a chapter's reflections fall in each published edition, e.g. "pages 14–17 (US Letter)". */
export function workbookPagesOf(chapterId: string): { paperLabel: string; from: number; to: number }[] {
  return publishedEditions
    .filter((edition) => edition.kind === 'workbook' && !edition.fillable)
    .flatMap((edition) => {
      const chapter = edition.chapters.find((candidate) => candidate.id === chapterId);
      if (!chapter) return [];
      return [
        { paperLabel: edition.paperLabel, from: chapter.additionsFirstPage ?? chapter.firstPage, to: chapter.lastPage },
      ];
    });
}

/** "PDF, 48 pages, 302 KB"; a booklet's file pages are sheet sides, two booklet pages each. */
export function downloadFacts(edition: PublishedEdition): string {
  const pages =
    edition.kind === 'booklet'
      ? `${edition.pageCount} sheet sides (${edition.bookPages} booklet pages)`
      : `${edition.pageCount} pages`;
  return `PDF, ${pages}, ${formatBytes(edition.bytes)}`;
}

/** "412 KB" / "1.2 MB". */
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
