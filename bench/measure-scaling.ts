import { rm } from 'node:fs/promises';
import path from 'node:path';
import { workbookEditions } from './workbook-editions.ts';
import { projectRoot, timeSiteBuild } from './builds.ts';
import { measureEdition } from './measure-editions.ts';
import { readPrintManifest } from '../tests/support/print-manifest.ts';
import { measurePeers } from './measure-peers.ts';
import type { PeerComparison, ScaleFigures } from './results.ts';
import { repeat, spreadOf } from './stats.ts';
import { writeSyntheticBook } from './synthetic-book.ts';

/**
 * One fixed folder for every synthetic book. Astro's content store (node_modules/.astro) keeps
 * an entry's old file path when a file of the same id and content reappears elsewhere
 * (astro/dist/content/loaders/glob.js), so a book written to a new temporary folder each time
 * would send the next build to a folder already deleted.
 */
const SYNTHETIC_GUIDE = path.join(projectRoot, '.bench/synthetic-guide');

/** Generous: a 30× book is over a thousand pages, and paginating it is the point of the test. */
const SCALED_RENDER_TIMEOUT_MS = 30 * 60_000;

/**
 * Seconds for one site build of the synthetic book. The content store and .astro/ are shared
 * with every other build of this checkout, so a build that ran alongside someone else's can
 * come out with their book: such a run is measured again (twice at most), never counted.
 */
async function buildSyntheticSite(siteDir: string, chapters: number, log: (line: string) => void): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const seconds = await timeSiteBuild(siteDir, { GUIDE_CONTENT_DIR: SYNTHETIC_GUIDE });
    const built = readPrintManifest(siteDir).chapters.length;
    if (built === chapters) return seconds;
    const problem = `the site build produced ${built} chapters instead of ${chapters} (another build of this checkout running at the same time?)`;
    if (attempt === 3) throw new Error(`Scaling: ${problem}`);
    log(`${problem}; building again`);
  }
}

/**
 * Builds a book `factor` times as long as content/guide and, on it, measures what `measure` asks:
 * the scaling figures (the letter edition rendered against its floor, to show whether build and
 * render cost grow linearly with the number of chapters) and our CLI against its peers.
 */
export async function measureScale(
  factor: number,
  runs: number,
  scratch: string,
  log: (line: string) => void,
  measure: { scaling: boolean; peers: boolean },
): Promise<{ scale?: ScaleFigures; peers?: PeerComparison }> {
  const edition = workbookEditions().find((candidate) => candidate.options.paper === 'letter')!;
  const siteDir = path.join(scratch, `scale-${factor}`);
  await rm(SYNTHETIC_GUIDE, { recursive: true, force: true });
  try {
    const chapters = await writeSyntheticBook(path.join(projectRoot, 'content/guide'), SYNTHETIC_GUIDE, factor);
    const builds = measure.scaling ? runs : 1;
    log(`${factor}×: ${chapters} chapters, building the site ${builds} time(s)`);
    const siteBuild = spreadOf(await repeat(builds, () => buildSyntheticSite(siteDir, chapters, log)));
    const peers = measure.peers ? await measurePeers(siteDir, edition, factor, runs, scratch, log) : undefined;
    if (!measure.scaling) return { ...(peers ? { peers } : {}) };
    log(`${factor}×: rendering the ${edition.name} edition and its floor ${runs} time(s)`);
    const measured = await measureEdition(siteDir, readPrintManifest(siteDir), edition, runs, SCALED_RENDER_TIMEOUT_MS);
    const scale: ScaleFigures = {
      factor,
      chapters,
      edition: edition.name,
      pages: measured.pages,
      siteBuild,
      render: measured.render,
      siteBuildPerChapter: siteBuild.median / chapters,
      renderPerChapter: measured.render.median / chapters,
      phases: measured.phases,
      floor: measured.floor,
      floorPages: measured.floorPages,
      ratio: measured.ratio,
      browserPeak: measured.browserPeak,
    };
    return { scale, ...(peers ? { peers } : {}) };
  } finally {
    await rm(siteDir, { recursive: true, force: true });
    await rm(SYNTHETIC_GUIDE, { recursive: true, force: true });
  }
}
