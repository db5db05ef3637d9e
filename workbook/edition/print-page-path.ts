import type { EditionOptions } from './edition-schema.ts';

/**
 * The print page an edition is applied to, on the served site: the one set for its paper. Apart
 * from standard-editions.ts (which re-exports it) so the studio's script, which needs only this,
 * does not build the list of prebuilt editions on every visit.
 */
export function printPagePath(options: Pick<EditionOptions, 'paper'>): string {
  return `workbook/print/${options.paper}/`;
}
