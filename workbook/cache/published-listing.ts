import { readFile } from 'node:fs/promises';
import { workbookPagesSchema, type WorkbookPages } from '../contracts/workbook-pages.ts';
import { writeAtomically } from '../io/write-atomically.ts';
import { canonicalJson } from './digest.ts';

/**
 * The listing of the PDFs (workbook-pages.json) the last finished build published. The next
 * build builds its first site with it, so when the renders give the same listing again, that
 * first site is already the final one and the second site build is skipped.
 */
export async function readPublishedListing(file: string): Promise<WorkbookPages | undefined> {
  try {
    const parsed = workbookPagesSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export async function writePublishedListing(file: string, listing: WorkbookPages): Promise<void> {
  await writeAtomically(file, new TextEncoder().encode(`${JSON.stringify(listing, null, 2)}\n`));
}

/** True when a site built with `a` is the site built with `b`: the same listing as the site reads it. */
export function sameListing(a: WorkbookPages, b: WorkbookPages): boolean {
  return canonicalJson(workbookPagesSchema.parse(a)) === canonicalJson(workbookPagesSchema.parse(b));
}
