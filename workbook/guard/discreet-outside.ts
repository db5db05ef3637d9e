import { book } from '../../src/lib/book.ts';
import { roleName, roleIds } from '../../src/lib/readers.ts';
import { siteAddress } from '../../src/lib/site.ts';
import type { OutlineEntry } from '../pdf/read-outline.ts';
import type { DocumentInfo } from '../pdf/set-info.ts';

/** Words that tell what the book is about (content/book.json); a discreet edition shows none of them on the outside. */
export const revealingWords: readonly string[] = book.revealingWords;

/**
 * What gives a discreet edition away, from content/book.json: the words that name the subject,
 * the book's titles, the guide's web address (the example one and the published one) and the
 * readers' role names ("the partner who …").
 */
export interface Giveaways {
  words: readonly string[];
  titles: readonly string[];
  addresses: readonly string[];
  roles: readonly string[];
}

export const bookGiveaways: Giveaways = {
  words: revealingWords,
  titles: [book.title, book.shortTitle],
  addresses: [...new Set([...(book.siteUrl ? [new URL(book.siteUrl).host] : []), siteAddress.printed])],
  roles: roleIds.map(roleName),
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordPattern = (words: readonly string[]) => new RegExp(words.map(escape).join('|'), 'gi');
const bookWords = wordPattern(revealingWords);

/** The revealing words in `text`, lower-cased and once each ("cheated" counts as "cheat"). */
export function revealingWordsIn(text: string, pattern: RegExp = bookWords): string[] {
  return [...new Set([...text.matchAll(pattern)].map((match) => match[0].toLowerCase()))];
}

/** Each of `names` that `text` contains, ignoring case and line breaks (a PDF's text may wrap an address). */
function namesIn(text: string, names: readonly string[]): string[] {
  const squashed = text.replace(/\s+/g, ' ').toLowerCase();
  const joined = squashed.replace(/ /g, '');
  return names.filter((name) => {
    const wanted = name.toLowerCase();
    return squashed.includes(wanted) || (!wanted.includes(' ') && joined.includes(wanted));
  });
}

const quoted = (found: readonly string[]) => found.map((text) => `“${text}”`).join(', ');

/**
 * A discreet edition's outside, place by place (the cover, the back page, the running heads, the
 * first bookmark, the PDF's title, subject and keywords): one line for each place that names the
 * subject. Empty means discreet.
 */
export function findRevealingText(
  outside: Readonly<Record<string, string>>,
  giveaways: Pick<Giveaways, 'words'> = bookGiveaways,
): string[] {
  const pattern = wordPattern(giveaways.words);
  return Object.entries(outside).flatMap(([place, text]) => {
    const words = revealingWordsIn(text, pattern);
    return words.length === 0 ? [] : [`${place} says ${quoted(words)}`];
  });
}

/**
 * The details every PDF app shows without opening the book, and each field's tooltip, which a
 * screen reader speaks and an app may show on hover: none may name the subject, the book, its web
 * address or a reader's role. One line for each that does.
 */
export function findRevealingDetails(
  info: DocumentInfo,
  tooltips: readonly string[],
  giveaways: Giveaways = bookGiveaways,
): string[] {
  const pattern = wordPattern(giveaways.words);
  const names = [...giveaways.titles, ...giveaways.addresses];
  const problems = (text: string) => [...revealingWordsIn(text, pattern), ...namesIn(text, names)];
  const details: Record<string, string> = {
    'the PDF title': info.title,
    'the PDF author': info.author,
    'the PDF subject': info.subject,
    'the PDF keywords': info.keywords.join(', '),
    'the PDF creator': info.creator,
    'the PDF producer': info.producer,
  };
  const inDetails = Object.entries(details).flatMap(([place, text]) => {
    const found = problems(text);
    return found.length === 0 ? [] : [`${place} says ${quoted(found)}`];
  });
  const inTooltips = [...new Set(tooltips)].flatMap((tooltip) => {
    const found = [...problems(tooltip), ...namesIn(tooltip, giveaways.roles)];
    return found.length === 0 ? [] : [`the tooltip “${tooltip}” says ${quoted(found)}`];
  });
  return [...inDetails, ...inTooltips];
}

/** The pages (1-based) that print the guide's web address, which names the subject. */
export function findGuideAddress(
  pages: readonly string[],
  giveaways: Pick<Giveaways, 'addresses'> = bookGiveaways,
): string[] {
  return pages.flatMap((text, index) => {
    const found = namesIn(text, giveaways.addresses);
    return found.length === 0 ? [] : [`page ${index + 1} prints the guide’s address ${quoted(found)}`];
  });
}

/**
 * Reads a discreet edition's outside from its PDF (the cover, the imprint on its verso, the back
 * page, every running head, the first bookmark, every page for the guide's address) and from the
 * details and the fields' tooltips about to be written into it.
 */
export function checkDiscreetOutside(
  rendered: {
    pages: readonly string[];
    heads: readonly string[];
    outline: readonly OutlineEntry[];
    info: DocumentInfo;
    tooltips: readonly string[];
  },
  giveaways: Giveaways = bookGiveaways,
): string[] {
  const { pages, heads, outline, info, tooltips } = rendered;
  return [
    ...findRevealingText(
      {
        cover: pages[0] ?? '',
        'the imprint': pages[1] ?? '',
        'the back page': pages.at(-1) ?? '',
        'a running head': heads.join(' '),
        'the first bookmark': outline[0]?.title ?? '',
      },
      giveaways,
    ),
    ...findRevealingDetails(info, tooltips, giveaways),
    ...findGuideAddress(pages, giveaways),
  ];
}
