/**
 * `npm run bench`: build times, reading-page weight and requests, render time and memory per
 * edition against Chromium's own printing (the floor), scaling to longer books, and Lighthouse.
 * Prints a table, writes .bench/results.json, and with --check exits 1 on a broken budget.
 * Options: --runs N (default 3), --scale 1,10,30, --check. Not part of `npm test`.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';
import { parseBenchArgs } from './args.ts';
import { evaluateBudgets } from './budgets.ts';
import { projectRoot, timeFullBuild, timeSiteBuild } from './builds.ts';
import { auditPages, type LighthouseResult } from './lighthouse-scores.ts';
import { measureEdition } from './measure-editions.ts';
import { measurePages } from './measure-pages.ts';
import { measureScale } from './measure-scaling.ts';
import { readPrintManifest } from '../tests/support/print-manifest.ts';
import { formatReport } from './report.ts';
import type { BenchResults, EditionFigures, ScaleFigures } from './results.ts';
import { repeat, spreadOf } from './stats.ts';
import { workbookEditions } from './workbook-editions.ts';

const RENDER_TIMEOUT_MS = 5 * 60_000;

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const log = (line: string) => console.error(`bench: ${line}`);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'rebuilding-trust-bench-'));
  try {
    log(`full build (npm run build) × ${args.runs}; each run replaces dist/`);
    const full = spreadOf(await repeat(args.runs, () => timeFullBuild()));
    // Everything below reads this copy: dist/ may be rebuilt by someone else meanwhile.
    const site = path.join(scratch, 'site');
    await cp(path.join(projectRoot, 'dist'), site, { recursive: true });
    for (const required of ['index.html', 'workbook/print/book.json']) {
      if (!existsSync(path.join(site, required))) throw new Error(`dist/ has no ${required} after npm run build`);
    }

    log(`site build (astro build) × ${args.runs}`);
    const siteBuild = spreadOf(await repeat(args.runs, () => timeSiteBuild(path.join(scratch, 'site-build'))));

    log('reading pages: weight and requests');
    const pages = await measurePages(site);

    const manifest = readPrintManifest(site);
    const editions: EditionFigures[] = [];
    for (const edition of workbookEditions()) {
      log(`${edition.name}: render and floor × ${args.runs}`);
      const measured = await measureEdition(site, manifest, edition, args.runs, RENDER_TIMEOUT_MS);
      editions.push({ name: edition.name, ...measured, secondsPerPage: measured.render.median / measured.pages });
    }

    const scaling: ScaleFigures[] = [];
    for (const factor of args.scales) scaling.push(await measureScale(factor, args.runs, scratch, log));

    const chapter = manifest.chapters.find((candidate) => candidate.number !== undefined) ?? manifest.chapters[0];
    const auditPaths = ['/', ...(chapter ? [`/${chapter.id}/`] : [])];
    log(`Lighthouse: ${auditPaths.join(', ')}`);
    const lighthouse = await runLighthouse(site, auditPaths);

    const results: BenchResults = {
      measuredAt: new Date().toISOString(),
      machine: await describeMachine(),
      runs: args.runs,
      builds: { site: siteBuild, full },
      ...pages,
      editions,
      scaling,
      lighthouse,
    };
    const budgets = evaluateBudgets(results);
    console.log(formatReport(results, budgets));

    const out = path.join(projectRoot, '.bench');
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'results.json'), `${JSON.stringify({ ...results, budgets }, null, 2)}\n`);
    log(`figures written to .bench/results.json`);

    const broken = budgets.filter((budget) => budget.status === 'fail');
    if (args.check && broken.length > 0) {
      console.log(`\n${broken.length} budget${broken.length === 1 ? '' : 's'} broken:`);
      for (const budget of broken) console.log(`BROKEN  ${budget.budget}: ${budget.actual}`);
      process.exitCode = 1;
    }
  } finally {
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
