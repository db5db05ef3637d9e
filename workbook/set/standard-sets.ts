import { roleIds } from '../../src/lib/readers.ts';
import { paperIds, type PaperId } from '../page/paper-sizes.ts';
import { setFileName, standardEditions, type Edition } from '../edition/standard-editions.ts';

/** One prebuilt set: which of the build's renders it joins, in the front sheet's order. */
export interface StandardSet {
  name: string;
  paper: PaperId;
  fileName: string;
  /** The shared workbook, then each reader's personal copy (roleIds' order: copy A, copy B). */
  books: Edition[];
}

function find(test: (edition: Edition) => boolean, what: string): Edition {
  const found = standardEditions.find(test);
  if (!found) throw new Error(`standardSets: no standard edition is ${what}`);
  return found;
}

/** The sets `npm run build` publishes, one per paper, from the renders it has already made. */
export const standardSets: StandardSet[] = paperIds.map((paper) => ({
  name: `set-${paper}`,
  paper,
  fileName: setFileName(paper),
  books: [
    find((edition) => edition.kind === 'workbook' && edition.options.paper === paper, `the ${paper} workbook`),
    ...roleIds.map((reader) =>
      find(
        (edition) => edition.kind === 'personal' && edition.options.for === reader && edition.options.paper === paper,
        `the ${paper} personal copy for ${reader}`,
      ),
    ),
  ],
}));
