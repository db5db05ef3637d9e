import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { findChromium } from '../workbook/browser/find-chromium.ts';
import type { Edition } from '../workbook/edition/standard-editions.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';
import { projectRoot } from './builds.ts';
import { runOurCli } from './our-cli-process.ts';
import { pageCount } from './print-floor.ts';
import { writePlainPrintSource } from './plain-print-source.ts';
import { OUR_CLI, STOCK_PAGEDJS, VIVLIOSTYLE, type ContenderFigures, type PeerComparison } from './results.ts';
import { spreadOf } from './stats.ts';
import { timeProcess } from './timed-process.ts';

/** Every contender's time limit: a 30× book in one Paged.js document takes minutes. */
const PEER_TIMEOUT_SECONDS = 30 * 60;

interface ContenderRun {
  whole: number;
  render: number | undefined;
  pages: number;
  /** Our CLI only: its own account of where its time went. */
  split?: { beforeRender: number; guard: number; postprocess: number };
  /** Our CLI only: the parts its render was laid out in. */
  parts?: number;
}

interface Contender {
  name: string;
  run(out: string): Promise<ContenderRun>;
}

const peerReportSchema = z.object({ pages: z.number(), renderSeconds: z.number() });

/**
 * Our CLI's whole process against two peers on the same print source, with the same Chromium,
 * in the same run: each run goes round all three, starting one further along each time, so a
 * change in the machine's load falls on all of them. Every one is a process the bench spawns on
 * the project's Node and times from spawn to exit; its render alone is its own figure (ours and
 * stock Paged.js report it; Vivliostyle's is read from its progress lines). A contender that
 * fails is reported with its error and not run again.
 */
export async function measurePeers(
  siteDir: string,
  edition: Edition,
  factor: number,
  runs: number,
  scratch: string,
  log: (line: string) => void,
): Promise<PeerComparison> {
  const plainPath = await writePlainPrintSource(siteDir, edition);
  const server = await serveDirectory(siteDir);
  const chromium = (await findChromium()).executablePath;
  const plainUrl = new URL(plainPath, server.url).href;
  const contenders: Contender[] = [
    {
      name: OUR_CLI,
      run: (out) => runOurCli(siteDir, edition, out, PEER_TIMEOUT_SECONDS),
    },
    {
      name: STOCK_PAGEDJS,
      async run(out) {
        const child = await timeProcess([path.join(projectRoot, 'bench/peer-pagedjs.ts'), plainUrl, out], {
          cwd: projectRoot,
          label: 'stock Paged.js',
        });
        const report = peerReportSchema.parse(JSON.parse(child.stdout.trim().split('\n').at(-1) ?? ''));
        return { whole: child.seconds, render: report.renderSeconds, pages: await pdfPages(out) };
      },
    },
    {
      name: VIVLIOSTYLE,
      async run(out) {
        const cli = path.join(projectRoot, 'node_modules/@vivliostyle/cli/dist/cli.js');
        const args = [cli, 'build', plainUrl, '--single-doc', '--output', out];
        args.push('--executable-browser', chromium, '--timeout', String(PEER_TIMEOUT_SECONDS));
        // Its steps as it announces them: laying out the pages (the viewer) up to the PDF printed.
        const markers = ['Building pages', 'Processing PDF'] as const;
        // Its browser profile and temp files go in the bench's scratch folder, removed at the end:
        // when it fails (it does on the 30× book) it leaves them behind in the system's /tmp.
        const child = await timeProcess(args, {
          cwd: scratch,
          env: { TMPDIR: scratch },
          markers,
          label: 'Vivliostyle CLI',
        });
        const [from, to] = markers.map((marker) => child.markers[marker]);
        return {
          whole: child.seconds,
          render: from === undefined || to === undefined ? undefined : to - from,
          pages: await pdfPages(out),
        };
      },
    },
  ];

  const results = new Map<string, ContenderRun[]>(contenders.map((contender) => [contender.name, []]));
  const errors = new Map<string, string>();
  const failedAfter = new Map<string, number>();
  try {
    for (let run = 0; run < runs; run += 1) {
      const order = contenders.map((_, index) => contenders[(index + run) % contenders.length]!);
      for (const contender of order) {
        if (errors.has(contender.name)) continue;
        log(`${factor}× peers, run ${run + 1}/${runs}: ${contender.name}`);
        const out = path.join(scratch, `peer-${factor}-${contenders.indexOf(contender)}.pdf`);
        const started = performance.now();
        try {
          const measured = await contender.run(out);
          results.get(contender.name)!.push(measured);
          const render = measured.render === undefined ? '' : `, render ${measured.render.toFixed(2)} s`;
          log(`${contender.name}: ${measured.pages} pages, whole ${measured.whole.toFixed(2)} s${render}`);
        } catch (error) {
          errors.set(contender.name, summary(error));
          failedAfter.set(contender.name, (performance.now() - started) / 1000);
          log(`${contender.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await rm(out, { force: true });
        }
      }
    }
  } finally {
    await server.close();
  }
  const figuresOf = (name: string): ContenderFigures => {
    const error = errors.get(name);
    const measured = results.get(name) ?? [];
    const after = failedAfter.get(name);
    if (measured.length === 0)
      return { name, error: error ?? 'not measured', ...(after === undefined ? {} : { failedAfter: after }) };
    const renders = measured.map((run) => run.render).filter((seconds) => seconds !== undefined);
    const splits = measured.map((run) => run.split).filter((split) => split !== undefined);
    return {
      name,
      whole: spreadOf(measured.map((run) => run.whole)),
      ...(renders.length > 0 ? { render: spreadOf(renders) } : {}),
      pages: measured[0]!.pages,
      ...(measured[0]!.parts === undefined ? {} : { parts: measured[0]!.parts }),
      ...(splits.length > 0
        ? {
            split: {
              beforeRender: spreadOf(splits.map((split) => split.beforeRender)).median,
              guard: spreadOf(splits.map((split) => split.guard)).median,
              postprocess: spreadOf(splits.map((split) => split.postprocess)).median,
            },
          }
        : {}),
      ...(error ? { error } : {}),
    };
  };
  return {
    factor,
    edition: edition.name,
    ours: figuresOf(OUR_CLI),
    peers: [figuresOf(STOCK_PAGEDJS), figuresOf(VIVLIOSTYLE)],
  };
}

async function pdfPages(file: string): Promise<number> {
  return pageCount(await readFile(file));
}

/** "… exited with 1: page.goto: Timeout 30000ms exceeded.": the exit and the first line that names an error. */
function summary(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n').map((line) => line.trim());
  const cause = lines.slice(1).find((line) => /error|timeout|failed/i.test(line));
  return cause ? `${lines[0]} ${cause}` : lines[0]!;
}
