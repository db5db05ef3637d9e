import { book } from '../../src/lib/book.ts';
import type { OutlineEntry } from '../pdf/read-outline.ts';
import type { DocumentInfo } from '../pdf/set-info.ts';

/** Words that tell what the book is about (content/book.json); a discreet edition shows none of them on the outside. */
export const revealingWords: readonly string[] = book.revealingWords;

const pattern = new RegExp(revealingWords.join('|'), 'gi');

/** The revealing words in `text`, lower-cased and once each ("cheated" counts as "cheat"). */
export function revealingWordsIn(text: string): string[] {
  return [...new Set([...text.matchAll(pattern)].map((match) => match[0].toLowerCase()))];
}

/**
 * A discreet edition's outside, place by place (the cover, the back page, the running heads, the
 * first bookmark, the PDF's title, subject and keywords): one line for each place that names the
 * subject. Empty means discreet.
 */
export function findRevealingText(outside: Readonly<Record<string, string>>): string[] {
  return Object.entries(outside).flatMap(([place, text]) => {
    const words = revealingWordsIn(text);
    return words.length === 0 ? [] : [`${place} says ${words.map((word) => `“${word}”`).join(', ')}`];
  });
}

/**
 * Reads a discreet edition's outside from its PDF (the cover, the imprint on its verso, the back
 * page, every running head, the first bookmark) and from the details about to be written into it.
 */
export function checkDiscreetOutside(rendered: {
  pages: readonly string[];
  heads: readonly string[];
  outline: readonly OutlineEntry[];
  info: Pick<DocumentInfo, 'title' | 'subject' | 'keywords'>;
}): string[] {
  const { pages, heads, outline, info } = rendered;
  return findRevealingText({
    cover: pages[0] ?? '',
    'the imprint': pages[1] ?? '',
    'the back page': pages.at(-1) ?? '',
    'a running head': heads.join(' '),
    'the first bookmark': outline[0]?.title ?? '',
    'the PDF title': info.title,
    'the PDF subject': info.subject,
    'the PDF keywords': info.keywords.join(', '),
  });
}
