import { describe, expect, it } from 'vitest';
import type { PageLayout } from '../../../workbook/contracts/page-layout.ts';
import { checkPageLayout } from '../../../workbook/guard/page-layout.ts';

const full = (page: number): PageLayout => ({ page, kind: 'content', fill: 0.9 });

describe('checkPageLayout', () => {
  it('passes full pages, Notes pages, and short first, last, cover or back pages', () => {
    expect(
      checkPageLayout([
        { page: 1, kind: 'content', fill: 0.1 },
        full(2),
        { page: 3, kind: 'notes', fill: 0.05 },
        { page: 4, kind: 'content', fill: 0.34 },
        { page: 5, kind: 'end', fill: 0.1 },
        { page: 6, kind: 'content', fill: 0.2 },
      ]),
    ).toEqual([]);
  });

  it('names a page in the middle that is more than two-thirds empty', () => {
    expect(checkPageLayout([full(1), { page: 2, kind: 'content', fill: 0.12 }, full(3)])).toEqual([
      'page 2 is 88 % empty (at most two-thirds may be)',
    ]);
  });

  it('names a page that begins with writing lines under no name, whoever owns them', () => {
    expect(
      checkPageLayout([full(1), { page: 2, kind: 'content', fill: 0.9, unnamedWriting: 'Your answer' }, full(3)]),
    ).toEqual(['page 2 begins with writing lines of "Your answer" with no name above them']);
  });
});
