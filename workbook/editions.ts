import { paperSizes, type PaperId } from './paper-sizes.ts';

/** One PDF the build makes. Counselor options (practice, chapters, booklet…) extend this later. */
export interface Edition {
  /** Short name for progress lines and errors, e.g. "letter". */
  name: string;
  paper: PaperId;
  /** File name under dist/downloads/. */
  fileName: string;
}

/** The editions `npm run build` publishes. */
export const standardEditions: Edition[] = Object.values(paperSizes).map((paper) => ({
  name: paper.id,
  paper: paper.id,
  fileName: `rebuilding-trust-workbook-${paper.id}.pdf`,
}));

/** Where the print source of an edition lives on the served site. */
export function printSourcePath(edition: Edition): string {
  return `workbook/print/${edition.paper}/`;
}
