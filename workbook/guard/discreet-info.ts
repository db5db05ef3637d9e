import type { DocumentInfo } from '../pdf/set-info.ts';
import { revealingWordsIn } from './discreet-outside.ts';

/**
 * A discreet edition's PDF details: the neutral title (content/book.json's discreetTitle) as its
 * title, and no keyword that names the subject. A file manager, a viewer's title bar and a
 * printer's queue show these, so they are part of the outside.
 */
export function discreetInfo<Info extends Pick<DocumentInfo, 'title' | 'keywords'>>(
  info: Info,
  discreetTitle: string,
): Info {
  return {
    ...info,
    title: discreetTitle,
    keywords: info.keywords.filter((keyword) => revealingWordsIn(keyword).length === 0),
  };
}
