/** Words that tell what the book is about; a discreet edition shows none of them on the outside. */
export const revealingWords = ['infidelity', 'affair', 'cheat', 'unfaithful', 'betrayal'] as const;

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
