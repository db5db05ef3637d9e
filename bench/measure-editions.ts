import { printPagePath, type Edition } from '../workbook/edition/standard-editions.ts';
import type { PrintManifest } from '../workbook/contracts/print-manifest.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';
import { measureFloor, type FloorRun } from './print-floor.ts';
import { measureRender, type RenderRun } from './render-run.ts';
import { RENDER_PHASES, type RenderPhases } from '../workbook/render/render-phases.ts';
import { inTurn, repeat, spreadOf, type Spread } from './stats.ts';

export interface EditionRuns {
  /** Parts its render was laid out in at once. */
  parts: number;
  pages: number;
  render: Spread;
  withChecks: Spread;
  /** Post-processing its fillable twin (part of withChecks), when it has one. */
  fillableTwin?: Spread;
  /** Median seconds of each step of the render. */
  phases: RenderPhases;
  floor: Spread;
  floorPages: number;
  nodePeak: number;
  browserPeak: number | undefined;
  /** The median of each pair's render ÷ its floor. */
  ratio: number;
}

/**
 * Renders `edition` of the site in `siteDir` `runs` times through the production renderer and
 * prints it `runs` times natively (the floor), in pairs that alternate which goes first, so drift
 * in the machine's load falls on both alike; the ratio is the median of the pairs' own ratios, as
 * our CLI's against the floor's process (measure-cli-floor.ts).
 */
export async function measureEdition(
  siteDir: string,
  manifest: PrintManifest,
  edition: Edition,
  runs: number,
  timeoutMs: number,
): Promise<EditionRuns> {
  const server = await serveDirectory(siteDir);
  try {
    const url = new URL(printPagePath(edition.options), server.url).href;
    const renderOnce = () => measureRender(server.url, edition, manifest, timeoutMs);
    const printOnce = () => measureFloor(url, timeoutMs);
    const pairs = await repeat(runs, (run): Promise<[RenderRun, FloorRun]> => inTurn(run, renderOnce, printOnce));
    const renders = pairs.map(([render]) => render);
    const floors = pairs.map(([, floor]) => floor);
    const render = spreadOf(renders.map((run) => run.seconds));
    const floor = spreadOf(floors.map((run) => run.seconds));
    const browserPeaks = renders.map((run) => run.memory.browser);
    const twinSeconds = renders.map((run) => run.fillableSeconds).filter((value) => value !== undefined);
    return {
      parts: renders[0]!.parts,
      pages: renders[0]!.pages,
      render,
      withChecks: spreadOf(renders.map((run) => run.withChecksSeconds)),
      ...(twinSeconds.length > 0 && { fillableTwin: spreadOf(twinSeconds) }),
      phases: Object.fromEntries(
        RENDER_PHASES.map((phase) => [phase, spreadOf(renders.map((run) => run.phases[phase])).median]),
      ) as unknown as RenderPhases,
      floor,
      floorPages: floors[0]!.pages,
      nodePeak: Math.max(...renders.map((run) => run.memory.node)),
      browserPeak: browserPeaks.includes(undefined) ? undefined : Math.max(...(browserPeaks as number[])),
      ratio: spreadOf(pairs.map(([rendered, printed]) => rendered.seconds / printed.seconds)).median,
    };
  } finally {
    await server.close();
  }
}
