import { ratioSpread, seconds, spread } from './format.ts';
import type { TableData } from './peer-tables.ts';
import type { BenchResults, CliFloorFigures, EditionFigures } from './results.ts';

/**
 * Each edition's render beside its floor, measured in the same run, and how many parts the render
 * was laid out in at once: the ratio is the figure the budget reads, the seconds say how loaded
 * the machine was.
 */
export function editionTable(editions: readonly EditionFigures[]): TableData {
  return {
    header: ['edition', 'parts', 'pages', 'render', 'floor (pages)', 'render ÷ floor'],
    rows: editions.map((edition) => [
      edition.name,
      String(edition.parts),
      String(edition.pages),
      spread(edition.render),
      `${spread(edition.floor)} (${edition.floorPages})`,
      edition.ratio.toFixed(2),
    ]),
  };
}

/** The builds, the least they could take (the site alone and the editions' floors), and their ratios. */
export function buildTable(builds: NonNullable<BenchResults['builds']>): TableData {
  const least = builds.site.median + builds.floors.median;
  return {
    header: ['build', 'time', 'ratio'],
    rows: [
      ['site (astro build)', spread(builds.site), ''],
      [`native floors of the ${builds.editions} editions the build renders, summed`, spread(builds.floors), ''],
      [
        'full, cold (npm run build, render cache removed)',
        spread(builds.cold),
        `${(builds.cold.median / least).toFixed(2)} × (site + floors, ${seconds(least, 1)})`,
      ],
      [
        'full, warm (npm run build again, nothing changed)',
        spread(builds.warm),
        `${(builds.warm.median / builds.cold.median).toFixed(3)} × cold`,
      ],
    ],
  };
}

/** Our CLI's whole process beside the native floor's, from alternating pairs. */
export function cliFloorTable(figures: CliFloorFigures): TableData {
  return {
    header: ['whole process (spawn to exit)', 'parts', 'pages', 'seconds', 'ours ÷ floor, per pair'],
    rows: [
      [
        `our CLI (${figures.edition})`,
        String(figures.parts),
        String(figures.pages),
        spread(figures.ours),
        ratioSpread(figures.ratio),
      ],
      ['native floor (serve, Chromium, page.pdf, write)', '', String(figures.floorPages), spread(figures.floor), ''],
    ],
  };
}
