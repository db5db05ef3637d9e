/**
 * Where each section of the set falls: the front sheet, then the shared book and the two personal
 * copies. Every section opens on an odd page (a recto, the front of a sheet in a duplex print), so
 * the printed stack separates into booklets with no sheet shared between two of them: a section
 * that ends on an odd page is followed by one blank page, printed as the back of its last sheet.
 * The last section needs none: nothing follows it on the sheet.
 */
export interface SetSection {
  /** First page in the set, 1-based: always odd. */
  start: number;
  /** The section's own pages. */
  pages: number;
  /** Last of its own pages in the set. */
  end: number;
  /** Blank pages added after it (0 or 1). */
  pad: number;
}

export interface SetPlan {
  sections: SetSection[];
  /** Pages of the whole set: every section's, plus the blanks. */
  total: number;
}

export function planSet(sectionPages: readonly number[]): SetPlan {
  const sections: SetSection[] = [];
  let next = 1;
  for (const [index, pages] of sectionPages.entries()) {
    if (!Number.isInteger(pages) || pages < 1) throw new Error(`planSet: section ${index + 1} has ${pages} pages`);
    const end = next + pages - 1;
    const last = index === sectionPages.length - 1;
    const pad = !last && end % 2 === 1 ? 1 : 0;
    sections.push({ start: next, pages, end, pad });
    next = end + pad + 1;
  }
  return { sections, total: next - 1 };
}

/** The pages of the set that are deliberate blanks (1-based), from its plan. */
export function blankPages(plan: SetPlan): number[] {
  return plan.sections.filter((section) => section.pad > 0).map((section) => section.end + 1);
}
