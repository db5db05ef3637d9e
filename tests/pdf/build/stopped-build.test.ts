import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireDist } from '../../support/built-site.ts';
import { childProcesses, isRunning } from '../../support/processes.ts';

/*
 * Ctrl-C during `npm run build`, while the site builder's process (workbook/site/site-builder.ts)
 * is building: one line, exit code 130, the builder's process gone, no work folder, dist/ as it was.
 */

describe('npm run build, stopped', () => {
  it('by SIGINT during the site build: exit 130, one line, the builder gone, nothing left', async () => {
    requireDist();
    const before = statSync('dist/index.html').mtimeMs;
    const build = spawn(process.execPath, [path.resolve('workbook/build-book.ts'), '--no-cache'], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    build.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => build.on('exit', (code) => resolve(code)));

    let builder: number | undefined;
    for (let tries = 0; builder === undefined && tries < 100; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      builder = childProcesses(build.pid!).find(({ args }) => args.includes('site-build-worker.ts'))?.pid;
    }
    expect(builder, 'the site builder’s process, found by its parent pid').toBeDefined();
    // Into the build itself: Astro is loaded and writing the first site.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    build.kill('SIGINT');

    expect(await exited).toBe(130);
    expect(stderr.trim().split('\n').at(-1)).toBe('Stopped; nothing was written.');
    expect(stderr, 'no stack trace').not.toMatch(/^\s+at /m);
    expect(isRunning(builder!), 'the site builder still running').toBe(false);
    expect(existsSync('.build'), 'the work folder').toBe(false);
    expect(statSync('dist/index.html').mtimeMs).toBe(before);
  });
});
