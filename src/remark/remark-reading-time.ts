/**
 * remark-reading-time: adds `readingMinutes` to a chapter's frontmatter, counting every word a
 * reader meets on the page (the article and our prompts) at a calm 200 words a minute.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';

const wordsPerMinute = 200;

/** Pure core: whole minutes, never less than one. */
export function readingMinutes(tree: Root): number {
  const words = toString(tree)
    .split(/\s+/)
    .filter((word) => /\p{L}|\p{N}/u.test(word)).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

export default function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).readingMinutes = readingMinutes(tree);
  };
}
