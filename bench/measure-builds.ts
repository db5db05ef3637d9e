import path from 'node:path';
import { timeBuildFloors } from './build-floors.ts';
import { timeFullBuilds, timeSiteBuild } from './builds.ts';
import type { BenchResults } from './results.ts';
import { repeat, spreadOf } from './stats.ts';

/**
 * The full build, cold and warm, `runs` times, and what its budget holds it against: `astro build`
 * alone and the native floors of the editions it renders, measured just before each cold build and
 * again just after its warm one, on the site that `astro build` made. The cold build is one long
 * figure and the machine's load drifts while it runs; bracketing it and taking the mean of both
 * sides lets a drift in one direction fall on both sides of the ratio alike.
 */
export async function measureBuilds(
  scratch: string,
  runs: number,
  log: (line: string) => void,
): Promise<NonNullable<BenchResults['builds']>> {
  const siteDir = path.join(scratch, 'site-build');
  const least = async () => {
    const site = await timeSiteBuild(siteDir);
    const floors = await timeBuildFloors(siteDir);
    return { site, floors: floors.seconds, editions: floors.editions };
  };
  const measured = await repeat(runs, async (run) => {
    log(`build run ${run + 1}/${runs}: astro build and the editions' floors, before`);
    const before = await least();
    log(`build run ${run + 1}/${runs}: npm run build, cold then warm (each replaces dist/)`);
    const full = await timeFullBuilds();
    log(`build run ${run + 1}/${runs}: astro build and the editions' floors, after`);
    const after = await least();
    return {
      ...full,
      site: (before.site + after.site) / 2,
      floors: (before.floors + after.floors) / 2,
      editions: before.editions,
    };
  });
  return {
    site: spreadOf(measured.map((run) => run.site)),
    floors: spreadOf(measured.map((run) => run.floors)),
    editions: measured[0]!.editions,
    cold: spreadOf(measured.map((run) => run.cold)),
    warm: spreadOf(measured.map((run) => run.warm)),
  };
}
