import { editionQuery } from './edition/edition-query.ts';
import { editionSchema, type EditionInput, type EditionOptions, type Reader } from './edition/edition-schema.ts';
import { paperSizes, type PaperId } from './paper-sizes.ts';

/** What kind of download an edition is, for the site's list. */
export type EditionKind = 'workbook' | 'handout' | 'booklet' | 'personal' | 'custom';

/** One PDF to make: its settings, and its name in progress lines and on disk. */
export interface Edition {
  /** Short name for progress lines and errors, e.g. "letter" or "booklet-a4". */
  name: string;
  kind: EditionKind;
  options: EditionOptions;
  /** File name under dist/downloads/ (or the CLI's --out). */
  fileName: string;
}

function edition(kind: 'workbook' | 'handout' | 'booklet', paper: PaperId, input: EditionInput): Edition {
  const prefix = {
    workbook: 'rebuilding-trust-workbook',
    handout: 'rebuilding-trust-prompts-handout',
    booklet: 'rebuilding-trust-workbook-booklet',
  }[kind];
  return {
    name: kind === 'workbook' ? paper : `${kind}-${paper}`,
    kind,
    options: editionSchema.parse({ ...input, paper }),
    fileName: `${prefix}-${paper}.pdf`,
  };
}

/**
 * One partner's own copy, discreet on the outside so it can sit on a shelf; the file name, which a
 * reader saves and a browser lists, names no subject either.
 */
function personalCopy(reader: Exclude<Reader, 'couple'>, paper: PaperId): Edition {
  return {
    name: `personal-${reader}-${paper}`,
    kind: 'personal',
    options: editionSchema.parse({ paper, for: reader, discreet: true }),
    fileName: `personal-workbook-${reader}-${paper}.pdf`,
  };
}

const papers = Object.keys(paperSizes) as PaperId[];

/**
 * The editions `npm run build` publishes: the workbook, the prompts-only handout, the booklet, and
 * each partner's discreet personal copy, in both sizes.
 */
export const standardEditions: Edition[] = [
  ...papers.map((paper) => edition('workbook', paper, {})),
  ...papers.map((paper) => edition('handout', paper, { promptsOnly: true })),
  ...papers.map((paper) => edition('booklet', paper, { booklet: true })),
  ...(['hurt', 'unfaithful'] as const).flatMap((reader) => papers.map((paper) => personalCopy(reader, paper))),
];

/** Where an edition's print source lives on the served site. */
export function printSourcePath(options: EditionOptions): string {
  const query = editionQuery(options);
  return `workbook/print/${options.paper}/${query ? `?${query}` : ''}`;
}
