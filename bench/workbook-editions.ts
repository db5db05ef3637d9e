import { standardEditions, type Edition } from '../workbook/edition/standard-editions.ts';

/** The editions the benchmark measures: the full workbook in each paper size (letter, a4). */
export function workbookEditions(): Edition[] {
  return standardEditions.filter((edition) => edition.kind === 'workbook');
}
