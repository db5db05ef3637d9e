import type { OutlineEntry } from './read-outline.ts';

/**
 * The bookmark titles Chromium glued together, each with the heading's own words. Chromium builds
 * a bookmark from its heading's line boxes and drops the space where the heading wrapped
 * ("Emotional and PhysicalIntimacy"). The heading as printed is on the bookmark's page: the same
 * characters with the spaces between them, found there and used as the title. Returns
 * glued title → title; a bookmark already equal to its heading is left out.
 */
export function outlineTitleFixes(outline: readonly OutlineEntry[], pages: readonly string[]): Map<string, string> {
  const fixes = new Map<string, string>();
  for (const { title, pageNumber } of outline) {
    const page = pageNumber === undefined ? undefined : pages[pageNumber - 1];
    if (page === undefined || page.includes(title)) continue;
    const characters = [...title.replace(/\s+/g, '')].map((character) =>
      character.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
    const printed = new RegExp(characters.join('\\s*')).exec(page)?.[0];
    if (printed !== undefined) fixes.set(title, printed.replace(/\s+/g, ' '));
  }
  return fixes;
}
