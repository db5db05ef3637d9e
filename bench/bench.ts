/**
 * `npm run bench`: build times (cold and warm), reading-page weight and requests, render time and
 * memory per edition against Chromium's own printing (the floor), scaling to longer books, our
 * CLI against stock Paged.js and Vivliostyle CLI and against the native floor's whole process, the
 * studio's wait, and Lighthouse. Prints tables (and the README's, in markdown), writes
 * .bench/results.json, and with --check exits 1 on a broken budget. Options: --runs N (default 3),
 * --pairs N (default 5), --scale 1,10,30, --load N (busy processes beside it), --skip <parts>, --check.
 * Not part of `npm test`.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import { startMachineLoad, type MachineLoad } from './machine-load.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';
import { parseBenchArgs, USAGE } from './args.ts';
import { evaluateBudgets } from './budgets.ts';
import { projectRoot } from './builds.ts';
import { measureBuilds } from './measure-builds.ts';
import { auditPages, type LighthouseResult } from './lighthouse-scores.ts';
import { measureCliFloor } from './measure-cli-floor.ts';
import { measureEdition } from './measure-editions.ts';
import { measurePages } from './measure-pages.ts';
import { measurePeers } from './measure-peers.ts';
import { measureScale } from './measure-scaling.ts';
import { measureStudio } from './measure-studio.ts';
import { readPrintManifest } from '../tests/support/print-manifest.ts';
import { formatReadmeTables, formatReport } from './report.ts';
import type { BenchResults, EditionFigures, PeerComparison, ScaleFigures } from './results.ts';
import { workbookEditions } from './workbook-editions.ts';

const RENDER_TIMEOUT_MS = 5 * 60_000;

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const measuring = (section: BenchResults['skipped'][number]) => !args.skip.includes(section);
  const log = (line: string) => console.error(`bench: ${line}`);
  const started = performance.now();
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'rebuilding-trust-bench-'));
  if (args.load > 0)
    log(`--load ${args.load}: ${args.load} CPU-bound process(es) spin beside every figure until the bench ends`);
  const load = startMachineLoad(args.load);
  let loadSeen: MachineLoad | undefined;
  try {
    let builds: BenchResults['builds'];
    if (measuring('build')) builds = await measureBuilds(scratch, args.runs, log);
    else log('--skip build: measuring the dist/ already built');
    // Everything below reads this copy: dist/ may be rebuilt by someone else meanwhile.
    const site = path.join(scratch, 'site');
    await cp(path.join(projectRoot, 'dist'), site, { recursive: true });
    for (const required of ['index.html', 'workbook/print/book.json']) {
      if (!existsSync(path.join(site, required))) throw new Error(`dist/ has no ${required}: run npm run build`);
    }

    let pages: Pick<BenchResults, 'pages' | 'heaviestPage' | 'fonts' | 'epubBytes'> = {
      pages: [],
      heaviestPage: '',
      fonts: { files: [], bytes: 0 },
    };
    if (measuring('pages')) {
      log('reading pages: weight and requests');
      pages = await measurePages(site);
    }

    const manifest = readPrintManifest(site);
    const editions: EditionFigures[] = [];
    if (measuring('editions')) {
      for (const edition of workbookEditions()) {
        log(`${edition.name}: render and floor × ${args.runs}`);
        const measured = await measureEdition(site, manifest, edition, args.runs, RENDER_TIMEOUT_MS);
        editions.push({ name: edition.name, ...measured, secondsPerPage: measured.render.median / measured.pages });
      }
    }

    const letter = workbookEditions().find((edition) => edition.options.paper === 'letter')!;
    let cliFloor: BenchResults['cliFloor'];
    if (measuring('cli')) {
      log(`our CLI's whole process against the native floor's, ${args.pairs} alternating pairs`);
      cliFloor = await measureCliFloor(site, letter, args.pairs, scratch, log);
    }
    const scaling: ScaleFigures[] = [];
    const peers: PeerComparison[] = [];
    for (const factor of args.scales) {
      // At 1× the peers print the built book itself, not a synthetic copy of it.
      if (factor === 1 && measuring('peers')) peers.push(await measurePeers(site, letter, 1, args.runs, scratch, log));
      const measure = { scaling: measuring('scaling'), peers: factor !== 1 && measuring('peers') };
      if (!measure.scaling && !measure.peers) continue;
      const measured = await measureScale(factor, args.runs, scratch, log, measure);
      if (measured.scale) scaling.push(measured.scale);
      if (measured.peers) peers.push(measured.peers);
    }

    let studio: BenchResults['studio'];
    if (measuring('studio')) {
      log(`the studio's preview × ${args.runs}`);
      studio = await measureStudio(site, args.runs);
    }

    let lighthouse: LighthouseResult[] = [];
    if (measuring('lighthouse')) {
      const chapter = manifest.chapters.find((candidate) => candidate.number !== undefined) ?? manifest.chapters[0];
      const auditPaths = ['/', ...(chapter ? [`/${chapter.id}/`] : [])];
      log(`Lighthouse: ${auditPaths.join(', ')}`);
      lighthouse = await runLighthouse(site, auditPaths);
    }

    const machine = await describeMachine();
    loadSeen = await load.stop();
    const results: BenchResults = {
      measuredAt: new Date().toISOString(),
      machine,
      load: loadSeen,
      runs: args.runs,
      scales: args.scales,
      skipped: args.skip,
      ...(builds ? { builds } : {}),
      ...pages,
      editions,
      scaling,
      peers,
      studio,
      ...(cliFloor ? { cliFloor } : {}),
      lighthouse,
    };
    const budgets = evaluateBudgets(results);
    console.log(formatReport(results, budgets));
    console.log(`\nFor the README (markdown):\n\n${formatReadmeTables(results)}`);

    const out = path.join(projectRoot, '.bench');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'results.json'), `${JSON.stringify({ ...results, budgets }, null, 2)}\n`);
    log(
      `figures written to .bench/results.json; the bench took ${((performance.now() - started) / 60_000).toFixed(1)} min`,
    );

    const broken = budgets.filter((budget) => budget.status === 'fail');
    if (args.check && broken.length > 0) {
      console.log(`\n${broken.length} budget${broken.length === 1 ? '' : 's'} broken:`);
      for (const budget of broken) console.log(`BROKEN  ${budget.budget}: ${budget.actual}`);
      process.exitCode = 1;
    }
  } finally {
    if (!loadSeen) await load.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Lighthouse needs things this machine may lack; its failure is reported, not fatal. */
async function runLighthouse(site: string, paths: string[]): Promise<LighthouseResult[]> {
  const server = await serveDirectory(site);
  try {
    return await auditPages(server.url, paths);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return paths.map((path) => ({ path, error: reason }));
  } finally {
    await server.close();
  }
}

async function describeMachine(): Promise<BenchResults['machine']> {
  const browser = await launchChromium();
  try {
    const cpus = os.cpus();
    return {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
      memoryBytes: os.totalmem(),
      node: process.versions.node,
      chromium: browser.version(),
    };
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
