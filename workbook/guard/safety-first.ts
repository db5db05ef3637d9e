import type { OutlineEntry } from '../pdf/read-outline.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';

/**
 * The safety pages open every edition: each safety section's title must be printed after the
 * cover and before the contents (found by its bookmark). Returns one line per section that is
 * missing or comes too late; empty means they come first.
 */
export function checkSafetyFirst(
  safety: PrintManifest['safety'],
  pages: readonly string[],
  outline: readonly OutlineEntry[],
): string[] {
  const contents = outline.find((entry) => entry.title === 'Contents')?.pageNumber;
  if (contents === undefined) return ['the PDF has no “Contents” bookmark, so what comes before it cannot be checked'];
  const before = squash(pages.slice(1, contents - 1).join(' '));
  return safety
    .filter((section) => !before.includes(squash(section.title)))
    .map((section) => `“${section.title}” is not printed between the cover and the contents (page ${contents})`);
}

function squash(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
