import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { printPagePath, type Edition } from '../workbook/edition/standard-editions.ts';
import { projectRoot } from './builds.ts';
import { runOurCli } from './our-cli-process.ts';
import type { CliFloorFigures } from './results.ts';
import { inTurn, spreadOf } from './stats.ts';
import { timeProcess } from './timed-process.ts';

const CLI_TIMEOUT_SECONDS = 5 * 60;
const nativeReportSchema = z.object({ pages: z.number(), printSeconds: z.number() });

/**
 * Our CLI's whole process against the floor's (bench/native-print.ts: serve, start Chromium,
 * print natively, write), both on the built site in `siteDir`, in `pairs` pairs that alternate
 * which goes first, so the machine's drift falls on both alike. The ratio is the median of the
 * pairs' own ratios, as bench/compare-renders.ts reads an A/B.
 */
export async function measureCliFloor(
  siteDir: string,
  edition: Edition,
  pairs: number,
  scratch: string,
  log: (line: string) => void,
): Promise<CliFloorFigures> {
  const runs: { ours: number; floor: number; parts: number; pages: number; floorPages: number }[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    const out = path.join(scratch, `cli-floor-${pair}.pdf`);
    try {
      const ours = () => runOurCli(siteDir, edition, out, CLI_TIMEOUT_SECONDS);
      const floor = async () => {
        const args = [path.join(projectRoot, 'bench/native-print.ts'), siteDir, printPagePath(edition.options), out];
        const child = await timeProcess(args, { cwd: projectRoot, label: 'the native print' });
        const report = nativeReportSchema.parse(JSON.parse(child.stdout.trim().split('\n').at(-1) ?? ''));
        return { seconds: child.seconds, pages: report.pages };
      };
      const oursFirst = pair % 2 === 0;
      const [cli, native] = await inTurn(pair, ours, floor);
      runs.push({
        ours: cli.whole,
        floor: native.seconds,
        parts: cli.parts,
        pages: cli.pages,
        floorPages: native.pages,
      });
      log(
        `our CLI ÷ the floor's process, pair ${pair + 1}/${pairs} (${oursFirst ? 'ours' : 'floor'} first): ` +
          `${cli.whole.toFixed(2)} s ÷ ${native.seconds.toFixed(2)} s = ${(cli.whole / native.seconds).toFixed(2)}`,
      );
    } finally {
      await rm(out, { force: true });
    }
  }
  return {
    edition: edition.name,
    pairs,
    parts: runs[0]!.parts,
    pages: runs[0]!.pages,
    floorPages: runs[0]!.floorPages,
    ours: spreadOf(runs.map((run) => run.ours)),
    floor: spreadOf(runs.map((run) => run.floor)),
    ratio: spreadOf(runs.map((run) => run.ours / run.floor)),
  };
}
