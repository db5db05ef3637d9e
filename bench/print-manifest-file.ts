import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseOrThrow } from '../src/lib/friendly-error.ts';
import { printManifestSchema, type PrintManifest } from '../workbook/print-manifest.ts';

/** The manifest a site build publishes next to its print source; renderEdition checks against it. */
export function readPrintManifest(siteDir: string): PrintManifest {
  const file = path.join(siteDir, 'workbook/print/book.json');
  return parseOrThrow(printManifestSchema, JSON.parse(readFileSync(file, 'utf8')), file);
}
