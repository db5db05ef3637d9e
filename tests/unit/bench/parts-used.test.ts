import { describe, expect, it } from 'vitest';
import { partsUsed } from '../../../bench/parts-used.ts';
import { editionTable } from '../../../bench/ratio-tables.ts';
import type { EditionFigures } from '../../../bench/results.ts';
import { spreadOf } from '../../../bench/stats.ts';

describe('partsUsed', () => {
  it('reads the parts a render reports, and counts a render that does not say as one part', () => {
    expect(partsUsed({ seconds: 1.9, parts: 3 })).toBe(3);
    expect(partsUsed({ seconds: 1.9 })).toBe(1);
    expect(partsUsed({ seconds: 1.9, parts: undefined })).toBe(1);
  });

  it('refuses a count that is not a whole number of parts, in one line', () => {
    expect(() => partsUsed({ parts: 0 })).toThrow('The render reported parts = 0: expected a whole number ≥ 1.');
    expect(() => partsUsed({ parts: '2' })).toThrow(/parts = "2"/);
  });
});

describe('editionTable', () => {
  it('gives each edition its parts, render, floor and ratio side by side', () => {
    const letter: EditionFigures = {
      name: 'letter',
      parts: 2,
      pages: 56,
      render: spreadOf([1.2, 1.4, 1.3]),
      withChecks: spreadOf([1.6]),
      phases: { load: 0.4, layout: 0.5, print: 0.3, join: 0.1 },
      secondsPerPage: 1.3 / 56,
      nodePeak: 0,
      browserPeak: undefined,
      floor: spreadOf([0.65]),
      floorPages: 56,
      ratio: 2,
    };
    expect(editionTable([letter])).toEqual({
      header: ['edition', 'parts', 'pages', 'render', 'floor (pages)', 'render ÷ floor'],
      rows: [['letter', '2', '56', '1.30 s (1.20–1.40)', '0.65 s (56)', '2.00']],
    });
  });
});
