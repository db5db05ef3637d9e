import type { OutlineEntry } from '../pdf/read-outline.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';

/**
 * The contents must send a reader to the right page: for each chapter, the number printed
 * after its title in the contents equals the page its opener lands on (found from the PDF's
 * bookmark for the chapter's heading). Returns one line per mismatch; empty means all agree.
 */
export function checkContentsNumbers(
  manifest: PrintManifest,
  pages: readonly string[],
  outline: readonly OutlineEntry[],
): string[] {
  const contentsStart = pageOfTitle(outline, 'Contents');
  if (contentsStart === undefined) return ['the PDF has no “Contents” bookmark, so its page cannot be found'];
  const firstChapterPage = pageOfTitle(outline, manifest.chapters[0]?.title ?? '') ?? contentsStart + 1;
  const contentsText = pages.slice(contentsStart - 1, firstChapterPage - 1).join(' ');

  const problems: string[] = [];
  for (const chapter of manifest.chapters) {
    const opener = pageOfTitle(outline, chapter.title);
    const match = new RegExp(`${escapeRegExp(chapter.title).replace(/ /g, '\\s*')}\\s*(\\d+)`).exec(contentsText);
    if (opener === undefined) problems.push(`${chapter.id}: no bookmark for “${chapter.title}”`);
    else if (!match)
      problems.push(`${chapter.id}: “${chapter.title}” is not followed by a page number in the contents`);
    else if (Number(match[1]) !== opener) {
      problems.push(`${chapter.id}: the contents say page ${match[1]}, but the chapter starts on page ${opener}`);
    }
  }
  return problems;
}

/** Chromium drops the space where a heading wraps when it writes the bookmark, so compare without spaces. */
function pageOfTitle(outline: readonly OutlineEntry[], title: string): number | undefined {
  const wanted = title.replace(/\s+/g, '');
  return outline.find((entry) => entry.title.replace(/\s+/g, '') === wanted)?.pageNumber;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
