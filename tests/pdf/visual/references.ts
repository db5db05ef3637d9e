import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

/** The workbook PDFs the visual test pins. */
export const visualPapers = ['letter', 'a4'] as const;
export type VisualPaper = (typeof visualPapers)[number];

export function referencePng(paper: VisualPaper, name: string): string {
  return path.join(root, 'tests/fixtures/visual', paper, `${name}.png`);
}

/** Where a failing page's rendering and diff go (git-ignored). */
export function diffDir(): string {
  return path.join(root, '.bench/visual-diff');
}
