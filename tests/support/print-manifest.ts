import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseOrThrow } from '../../src/lib/friendly-error.ts';
import { printManifestSchema, type PrintManifest } from '../../workbook/contracts/print-manifest.ts';
import { distDir } from './built-site.ts';

/**
 * The manifest a site build publishes next to its print source (`workbook/print/book.json`),
 * validated: what renderEdition checks a PDF against. Reads dist/ unless told another build.
 */
export function readPrintManifest(siteDir: string = distDir): PrintManifest {
  const file = path.join(siteDir, 'workbook/print/book.json');
  return parseOrThrow(printManifestSchema, JSON.parse(readFileSync(file, 'utf8')), file);
}
