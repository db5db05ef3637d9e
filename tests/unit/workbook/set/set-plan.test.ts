import { describe, expect, it } from 'vitest';
import { blankPages, planSet } from '../../../../workbook/set/set-plan.ts';

describe('the set’s page plan', () => {
  it('opens every section on an odd page, with a blank after any that ends on one', () => {
    // A one-page front sheet, then books of 42, 41 and 40 pages.
    const plan = planSet([1, 42, 41, 40]);
    expect(plan.sections.map((section) => [section.start, section.end, section.pad])).toEqual([
      [1, 1, 1],
      [3, 44, 0],
      [45, 85, 1],
      [87, 126, 0],
    ]);
    expect(blankPages(plan)).toEqual([2, 86]);
    expect(plan.total).toBe(1 + 42 + 41 + 40 + 2);
  });

  it('adds no blank after the last section, whatever page it ends on', () => {
    expect(planSet([1, 2, 3]).sections.at(-1)).toMatchObject({ start: 5, end: 7, pad: 0 });
    expect(planSet([1, 2, 3]).total).toBe(7);
  });

  it('holds for any page counts: odd starts, total = pages + blanks', () => {
    for (const counts of [[1], [2, 2], [3, 1, 4, 1, 5], [1, 1, 1, 1], [7, 8, 9, 10]]) {
      const plan = planSet(counts);
      for (const section of plan.sections) expect(section.start % 2).toBe(1);
      expect(plan.total).toBe(counts.reduce((a, b) => a + b, 0) + blankPages(plan).length);
    }
  });

  it('refuses a section without pages', () => {
    expect(() => planSet([1, 0])).toThrow('section 2 has 0 pages');
  });
});
