import type { OwnCopyPages, PublishedOwnCopyPages } from './own-copy-pages.ts';
import type { EditionOptions } from './edition-schema.ts';
import type { Edition } from './standard-editions.ts';

/**
 * Whether a shared book's pointers can name pages in the prebuilt personal copies: only when its
 * prompts fall where theirs do, i.e. every chapter at the standard writing space. The practice's
 * name, a booklet, prompts only, discreet or not: none of these moves a page of a personal copy.
 * Any other shared book points to "your own copy" without a page.
 */
export function pairsWithStandardCopies(options: EditionOptions): boolean {
  return options.for === 'couple' && options.chapters === 'all' && options.lines === 'standard';
}

/** The pages of each prompt in each personal copy, per paper: from the renders of those copies. */
export function ownCopyPagesOf(
  rendered: readonly { edition: Edition; blockPages: Readonly<Record<string, number>> }[],
): PublishedOwnCopyPages {
  const published: PublishedOwnCopyPages = {};
  for (const { edition, blockPages } of rendered) {
    if (edition.kind !== 'personal') continue;
    const { paper, for: reader } = edition.options;
    (published[paper] ??= {})[reader] = { ...blockPages };
  }
  return published;
}

/** The edition with its pointers' pages, when it pairs with the personal copies `published` holds. */
export function withOwnCopyPages(edition: Edition, published: PublishedOwnCopyPages | undefined): Edition {
  const pages: OwnCopyPages | undefined = published?.[edition.options.paper];
  return pages && pairsWithStandardCopies(edition.options) ? { ...edition, ownCopyPages: pages } : edition;
}
