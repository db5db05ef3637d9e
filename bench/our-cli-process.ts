import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { cliTimingsSchema } from '../workbook/contracts/cli-timings.ts';
import type { Edition } from '../workbook/edition/standard-editions.ts';
import { projectRoot } from './builds.ts';
import { partsUsed } from './parts-used.ts';
import { pageCount } from './print-floor.ts';
import { timeProcess } from './timed-process.ts';

export interface CliRun {
  /** From spawning the process to its exit, seconds. */
  whole: number;
  render: number;
  pages: number;
  /** Parts the render was laid out in (1 from a CLI that does not say). */
  parts: number;
  /** Its own account of where its time went: before the render, the guard, post-processing. */
  split: { beforeRender: number; guard: number; postprocess: number };
}

/**
 * One `npm run workbook -- --paper <paper> --out <out>` (workbook/cli/workbook.ts on this Node) on
 * the built site in `siteDir`, timed from spawn to exit, with the timings file it writes when
 * WORKBOOK_TIMINGS_FILE is set.
 */
export async function runOurCli(
  siteDir: string,
  edition: Edition,
  out: string,
  timeoutSeconds: number,
): Promise<CliRun> {
  const timingsFile = `${out}.timings.json`;
  try {
    const child = await timeProcess(
      [path.join(projectRoot, 'workbook/cli/workbook.ts'), '--paper', edition.options.paper, '--out', out],
      {
        cwd: projectRoot,
        env: {
          WORKBOOK_DIST: siteDir,
          WORKBOOK_TIMINGS_FILE: timingsFile,
          WORKBOOK_RENDER_TIMEOUT_MS: String(timeoutSeconds * 1000),
        },
        label: 'npm run workbook',
      },
    );
    const reported: unknown = JSON.parse(await readFile(timingsFile, 'utf8'));
    const timings = cliTimingsSchema.parse(reported);
    return {
      whole: child.seconds,
      render: timings.render,
      pages: await pageCount(await readFile(out)),
      parts: partsUsed(reported as object),
      split: { beforeRender: timings.beforeRender, guard: timings.guard, postprocess: timings.postprocess },
    };
  } finally {
    await rm(timingsFile, { force: true });
  }
}
