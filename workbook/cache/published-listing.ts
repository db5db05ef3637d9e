import { workbookPagesSchema, type WorkbookPages } from '../../src/schemas/workbook-pages.ts';
import { canonicalJson } from './digest.ts';
import { readRecord, writeRecord } from './json-record.ts';

/**
 * The listing of the PDFs (workbook-pages.json) the last finished build published. The next
 * build builds its first site with it, so when the renders give the same listing again, that
 * first site is already the final one and the second site build is skipped.
 */
export async function readPublishedListing(file: string): Promise<WorkbookPages | undefined> {
  return readRecord(file, workbookPagesSchema);
}

export async function writePublishedListing(file: string, listing: WorkbookPages): Promise<void> {
  await writeRecord(file, listing);
}

/** True when a site built with `a` is the site built with `b`: the same listing as the site reads it. */
export function sameListing(a: WorkbookPages, b: WorkbookPages): boolean {
  return canonicalJson(workbookPagesSchema.parse(a)) === canonicalJson(workbookPagesSchema.parse(b));
}
