import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { EPUB_SOURCE_PATH } from '../epub/epub-source-path.ts';
import { canonicalJson, sha256 } from './digest.ts';
import { codeDigest } from './render-inputs.ts';

/** Raised when what the key is made of changes shape. */
const KEY_FORMAT = 1;

export interface EpubInputs {
  /** A built site holding the e-book source. */
  siteDir: string;
  /** Stamped on every file in the package. */
  date: Date;
  /** The site's public address: links out of the e-book point at it. */
  siteAddress: string;
  /** The project's root, to read the packager's code (with content/book.json, which it imports). */
  root: string;
}

/** The key the EPUB is cached under: the e-book source, the date, the address and the packager's code. */
export async function epubKey(inputs: EpubInputs): Promise<string> {
  return sha256(
    canonicalJson({
      format: KEY_FORMAT,
      source: sha256(await readFile(path.join(inputs.siteDir, EPUB_SOURCE_PATH))),
      date: inputs.date.toISOString(),
      siteAddress: inputs.siteAddress,
      code: await codeDigest(inputs.root, ['workbook/epub/build-epub.ts']),
    }),
  );
}
