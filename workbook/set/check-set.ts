import { PDFName } from 'pdf-lib';
import { loadPdf } from '../pdf/load-pdf.ts';
import { blankPages, type SetPlan } from './set-plan.ts';

/**
 * The joined set, checked as a whole (each book was checked as its own edition when it was
 * rendered): as many pages as its sections and blanks, every section opening on an odd page, and
 * every blank truly blank. Returns what is wrong, one line each; none when it is right.
 */
export async function checkSet(pdf: Uint8Array, plan: SetPlan, sectionPages: readonly number[]): Promise<string[]> {
  const problems: string[] = [];
  const doc = await loadPdf(pdf);
  const sum = sectionPages.reduce((total, pages) => total + pages, 0);
  const blanks = blankPages(plan);
  if (doc.getPageCount() !== sum + blanks.length)
    problems.push(
      `the set has ${doc.getPageCount()} pages; its sections have ${sum} and it needs ${blanks.length} blank, ${sum + blanks.length} in all`,
    );
  for (const [index, section] of plan.sections.entries()) {
    if (section.pages !== sectionPages[index])
      problems.push(`section ${index + 1} has ${sectionPages[index]} pages in the set, ${section.pages} planned`);
    if (section.start % 2 !== 1) problems.push(`section ${index + 1} starts on page ${section.start}, a verso`);
  }
  for (const number of blanks) {
    const page = number <= doc.getPageCount() ? doc.getPage(number - 1) : undefined;
    if (page?.node.get(PDFName.of('Contents')) !== undefined)
      problems.push(`page ${number} should be a deliberate blank, but it has content`);
  }
  return problems;
}
