import { copyLetter, roleIds, roleName } from './readers.ts';

/** A personal copy's neutral name, on its cover and in the set, from its letter: "Copy A". */
export const copyNamed = (letter: string): string => `Copy ${letter}`;

/** The same by the reader's place in content/book.json: "Copy A" is the first reader's. */
export const copyName = (index: number): string => copyNamed(copyLetter(roleIds[index] ?? ''));

/**
 * The words of the set (one print of the shared book and both personal copies): its front sheet,
 * its bookmarks, its line on the workbook page. Each part is named as its front sheet lists it.
 */
export const setStrings = {
  heading: 'The workbook set',
  lead: 'This print holds three books, one after the other. Each begins on the front of a fresh sheet, so once it is printed you can lift them apart: one to share, and one for each of you to keep.',
  parts: [
    { title: 'The shared workbook', note: 'for what you do together' },
    ...roleIds.map((reader, index) => ({ title: copyName(index), note: `a personal copy, for ${roleName(reader)}` })),
  ],
  pages: (first: number, last: number) => `pages ${first}–${last}`,
  printing:
    'Print it double-sided, flipping on the long edge. The blank pages are there on purpose: they keep each book on sheets of its own.',
  privacy: 'Each personal copy is for its owner alone. What you share from yours, and when, is yours to choose.',
  /** The workbook page's line under the set's download. */
  download:
    'The shared workbook and both personal copies in one file: print it double-sided, flipping on the long edge, and lift the three books apart; each starts on a sheet of its own.',
};
