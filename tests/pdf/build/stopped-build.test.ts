import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderState, isAlive, startBuild, type BuildRunOptions } from '../../support/build-run.ts';
import { requireDist } from '../../support/built-site.ts';
import { useTempDir } from '../../support/temp-dir.ts';

/*
 * `npm run build` stopped by SIGINT (Ctrl-C) or SIGTERM (a logout, a sleep, a CI cancel) at each
 * phase: exit 130, one line, every process it started gone (the site builder, Pagefind,
 * Chromium), Chromium's profile folder removed, no work folder, dist/ exactly as it was. The
 * site build and the search index are stopped from outside, as a person would, once their
 * process is seen; the later phases by WORKBOOK_FAULT=stop@<phase> (workbook/io/faults.ts), which
 * sends the signal at that exact point.
 */

type Phase = [phase: string, signal: NodeJS.Signals, how: (signal: NodeJS.Signals) => BuildRunOptions];

/** Sends `signal` to the build once a descendant matching `pattern` is seen, after `delayMs`. */
const whenSeen =
  (pattern: RegExp, delayMs = 0) =>
  (signal: NodeJS.Signals): BuildRunOptions => {
    let sent = false;
    return {
      args: ['--no-cache'],
      onPoll: (build, descendants) => {
        if (sent || !descendants.some(({ args }) => pattern.test(args))) return;
        sent = true;
        setTimeout(() => process.kill(build, signal), delayMs);
      },
    };
  };
/**
 * Pagefind indexes a site in well under a second, quicker than a poll can be sure to see it. Its
 * Node API runs the binary PAGEFIND_EXTENDED_BINARY_PATH names; this one waits 1.5 s before
 * starting the real binary, and leaves (with that binary) as soon as the process that started it
 * is gone, as the real one does when its input closes.
 */
const scratch = useTempDir('slow-pagefind');
function slowPagefind(): Record<string, string> {
  const real = createRequire(import.meta.url).resolve(
    `@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended`,
  );
  const script = path.join(scratch(), 'slow-pagefind.mjs');
  writeFileSync(
    script,
    `import { spawn } from 'node:child_process';
const parent = process.ppid;
let real;
setInterval(() => { if (process.ppid !== parent) { real?.kill(); process.exit(0); } }, 50);
setTimeout(() => {
  real = spawn(${JSON.stringify(real)}, process.argv.slice(2), { stdio: 'inherit' });
  real.on('exit', (code) => process.exit(code ?? 1));
}, 1500);
`,
  );
  const binary = path.join(scratch(), 'pagefind_extended');
  writeFileSync(binary, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(script)} "$@"\n`);
  chmodSync(binary, 0o755);
  return { PAGEFIND_EXTENDED_BINARY_PATH: binary };
}

const byFault =
  (phase: string, args: string[] = ['--no-cache']) =>
  (signal: NodeJS.Signals): BuildRunOptions => ({ args, env: { WORKBOOK_FAULT: `stop@${phase}:${signal}` } });

const phases: Phase[] = [
  // Into Astro's build itself: its config and content are loading.
  ['the site build', 'SIGINT', whenSeen(/site-build-worker\.ts/, 1500)],
  ['the site build', 'SIGTERM', whenSeen(/site-build-worker\.ts/, 1500)],
  [
    'the search index (Pagefind)',
    'SIGINT',
    (signal) => ({ ...whenSeen(/slow-pagefind/)(signal), env: slowPagefind() }),
  ],
  ['the EPUB', 'SIGTERM', byFault('epub')],
  ['the renders (Chromium laying pages out)', 'SIGINT', byFault('renders')],
  // As the first edition is post-processed, while the others still render or post-process.
  ['post-processing', 'SIGTERM', byFault('post-processed')],
];

describe('npm run build, stopped', () => {
  it.each(phases)(
    'during %s by %s: exit 130, one line, nothing left running or written',
    async (_phase, signal, how) => {
      requireDist();
      const before = folderState('dist');
      const { done } = startBuild(how(signal));
      const run = await done;

      expect(run.code, run.stderr).toBe(130);
      expect(run.stderr.trim().split('\n').at(-1)).toBe('Stopped; nothing was written.');
      expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
      expect(run.seen.size, 'processes the build started').toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const alive = [...run.seen].filter(([pid]) => isAlive(pid)).map(([pid, args]) => `${pid} ${args.slice(0, 80)}`);
      expect(alive, 'processes left running').toEqual([]);
      const profiles = [...run.seen.values()].flatMap((args) => /--user-data-dir=(\S+)/.exec(args)?.[1] ?? []);
      expect(
        profiles.filter((profile) => existsSync(profile)),
        'Chromium profile folders left',
      ).toEqual([]);
      expect(existsSync('.build'), 'the work folder').toBe(false);
      expect(folderState('dist') === before, 'dist/ changed').toBe(true);
    },
  );
});
