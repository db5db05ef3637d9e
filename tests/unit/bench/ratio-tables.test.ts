import { describe, expect, it } from 'vitest';
import { buildTable, cliFloorTable, editionTable } from '../../../bench/ratio-tables.ts';
import type { EditionFigures } from '../../../bench/results.ts';
import { spreadOf } from '../../../bench/stats.ts';

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

describe('the other ratio tables', () => {
  it("gives our CLI's whole process and the floor's side by side, and the pairs' ratios without a unit", () => {
    const table = cliFloorTable({
      edition: 'letter',
      pairs: 3,
      parts: 2,
      pages: 42,
      floorPages: 62,
      ours: spreadOf([3, 3.2, 3.1]),
      floor: spreadOf([1.5, 1.6, 1.4]),
      ratio: spreadOf([2, 2, 2.21]),
    });
    expect(table.rows).toEqual([
      ['our CLI (letter)', '2', '42', '3.10 s (3.00–3.20)', '2.00 (2.00–2.21)'],
      ['native floor (serve, Chromium, page.pdf, write)', '', '62', '1.50 s (1.40–1.60)', ''],
    ]);
  });

  it('sets the cold build against the site build and the floors, and the warm one against the cold', () => {
    const table = buildTable({
      site: spreadOf([4]),
      floors: spreadOf([6]),
      editions: 10,
      cold: spreadOf([22]),
      warm: spreadOf([0.44]),
    });
    expect(table.rows.map((row) => row[2])).toEqual(['', '', '2.20 × (site + floors, 10.0 s)', '0.020 × cold']);
  });
});
