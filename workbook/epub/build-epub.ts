import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { book } from '../../src/lib/book.ts';
import { publicAddress } from '../../src/lib/site.ts';
import { EPUB_SOURCE_PATH } from './epub-source-path.ts';
import { readEpubSections } from './epub-sections.ts';
import { packageEpub } from './package-epub.ts';

/** Makes the EPUB from a built site's e-book source: the chapters as the site renders them. */
export async function buildEpub(siteDir: string, date: Date): Promise<Uint8Array> {
  const source = await readFile(path.join(siteDir, EPUB_SOURCE_PATH), 'utf8');
  return packageEpub(book, readEpubSections(source, publicAddress?.origin), date);
}
