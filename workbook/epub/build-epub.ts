import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { book } from '../../src/lib/book.ts';
import { siteAddress } from '../../src/lib/site.ts';
import { readEpubSections } from './epub-sections.ts';
import { packageEpub } from './package-epub.ts';

/** The e-book source a site build publishes (src/pages/workbook/print/epub.astro). */
export const EPUB_SOURCE_PATH = 'workbook/print/epub/index.html';

/** Makes the EPUB from a built site's e-book source: the chapters as the site renders them. */
export async function buildEpub(siteDir: string, date: Date): Promise<Uint8Array> {
  const source = await readFile(path.join(siteDir, EPUB_SOURCE_PATH), 'utf8');
  return packageEpub(book, readEpubSections(source, siteAddress.origin), date);
}
