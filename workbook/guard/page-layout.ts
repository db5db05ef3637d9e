import type { PageLayout } from '../contracts/page-layout.ts';

/** A page in the middle of a book must use at least this share of its area (two-thirds empty at most). */
export const leastMiddleFill = 1 / 3;

/**
 * The layout's promises, on the pages as the print runtime measured them: no page begins with
 * writing lines under no name, and no page in the middle of the book (not the first, not the last,
 * not a cover or back page) is more than two-thirds empty, except a Notes page. One line per problem.
 */
export function checkPageLayout(pages: readonly PageLayout[]): string[] {
  const last = Math.max(0, ...pages.map(({ page }) => page));
  const problems: string[] = [];
  for (const { page, kind, fill, unnamedWriting } of pages) {
    if (unnamedWriting !== undefined) {
      problems.push(`page ${page} begins with writing lines of "${unnamedWriting}" with no name above them`);
    }
    if (kind === 'content' && page > 1 && page < last && fill < leastMiddleFill) {
      problems.push(`page ${page} is ${Math.round((1 - fill) * 100)} % empty (at most two-thirds may be)`);
    }
  }
  return problems;
}
