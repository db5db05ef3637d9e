import { paperIds, type PaperId } from '../page/paper-sizes.ts';
import { defaultEdition, type EditionOptions } from './edition-schema.ts';
import { book } from '../../src/lib/book.ts';
import { copyLetter, roleIds, type Reader } from '../../src/lib/readers.ts';
import type { EditionKind } from '../../src/schemas/edition-kind.ts';
import type { OwnCopyPages } from './own-copy-pages.ts';

export type { EditionKind };

/** One PDF to make: its settings, and its name in progress lines and on disk. */
export interface Edition {
  /** Short name for progress lines and errors, e.g. "letter" or "booklet-a4". */
  name: string;
  kind: EditionKind;
  options: EditionOptions;
  /** File name under dist/downloads/ (or the CLI's --out). */
  fileName: string;
  /**
   * Also publish this edition fillable, from the same render: the printed PDF and this one differ
   * only in post-processing (form fields over the writing space).
   */
  fillableTwin?: { fileName: string };
  /**
   * A shared book's pointers to the personal copies: each prompt's page in each reader's copy of
   * the same paper (the build's own renders, or the built site's for the CLI). Part of what the
   * render key hashes, since the pages are printed.
   */
  ownCopyPages?: OwnCopyPages;
}

function edition(
  kind: 'workbook' | 'handout' | 'booklet' | 'large-print',
  paper: PaperId,
  changes: Partial<EditionOptions>,
): Edition {
  const prefix = {
    workbook: `${book.slug}-workbook`,
    handout: `${book.slug}-prompts-handout`,
    booklet: `${book.slug}-workbook-booklet`,
    'large-print': `${book.slug}-workbook-large-print`,
  }[kind];
  return {
    name: kind === 'workbook' ? paper : `${kind}-${paper}`,
    kind,
    options: { ...defaultEdition, ...changes, paper },
    fileName: `${prefix}-${paper}.pdf`,
    ...(kind === 'workbook' ? { fillableTwin: { fileName: `${prefix}-fillable-${paper}.pdf` } } : {}),
  };
}

/**
 * One partner's own copy, discreet on the outside so it can sit on a shelf; the file name, which a
 * reader saves and a browser lists, names neither the subject nor the reader's role: copy "a" is
 * the book's first reader's, "b" the second's (the workbook page says which is whose).
 */
function personalCopy(reader: Reader, copy: string, paper: PaperId): Edition {
  return {
    name: `personal-${reader}-${paper}`,
    kind: 'personal',
    options: { ...defaultEdition, paper, for: reader, discreet: true },
    fileName: `personal-copy-${copy}-${paper}.pdf`,
    fillableTwin: { fileName: `personal-copy-${copy}-fillable-${paper}.pdf` },
  };
}

/**
 * The editions `npm run build` publishes: the workbook, the prompts-only handout, the booklet, the
 * shared workbook in large print, and each partner's discreet personal copy, in both sizes; the
 * workbook and the personal copies also fillable, each from its printed twin's render. Large
 * print has no personal copies or fillable twin here (each would be another long render or
 * post-processing for every build): the CLI and the studio make them.
 */
export const standardEditions: Edition[] = [
  ...paperIds.map((paper) => edition('workbook', paper, {})),
  ...paperIds.map((paper) => edition('handout', paper, { promptsOnly: true })),
  ...paperIds.map((paper) => edition('booklet', paper, { booklet: true })),
  ...paperIds.map((paper) => edition('large-print', paper, { largePrint: true })),
  ...roleIds.flatMap((reader) =>
    paperIds.map((paper) => personalCopy(reader, copyLetter(reader).toLowerCase(), paper)),
  ),
];

/** The set's file (workbook/set/): the shared workbook and both personal copies, in one PDF to print. */
export const setFileName = (paper: PaperId) => `${book.slug}-set-${paper}.pdf`;

/** Every PDF `npm run build` publishes: each standard edition's, then its fillable twin's, and the sets. */
export const standardFileNames: string[] = [
  ...standardEditions.flatMap((edition) => [
    edition.fileName,
    ...(edition.fillableTwin ? [edition.fillableTwin.fileName] : []),
  ]),
  ...paperIds.map(setFileName),
];

export { printPagePath } from './print-page-path.ts';
