import type { PrintManifest } from '../../workbook/contracts/print-manifest.ts';

/** A print manifest for unit tests: the book's own fields fixed, the chapters each test needs. */
export function fixtureManifest(chapters: PrintManifest['chapters'], title = 'Rebuilding Trust'): PrintManifest {
  return { title, discreetTitle: 'Our workbook', language: 'en', safety: [], chapters };
}
