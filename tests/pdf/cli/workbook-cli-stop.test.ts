import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childProcesses, isRunning } from '../../support/processes.ts';

/*
 * Ctrl-C during a real render: `npm run workbook` stops with one line and exit code 130, closes
 * Chromium (whose profile folder goes with it), and leaves neither the PDF nor a temp file.
 */

const out = mkdtempSync(path.join(tmpdir(), 'workbook-cli-stop-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The Chromium that `parent` launched: its pid and the profile folder Playwright made for it. */
function chromiumOf(parent: number): { pid: number; profile: string } | undefined {
  for (const { pid, args } of childProcesses(parent)) {
    const profile = /--user-data-dir=(\S+)/.exec(args)?.[1];
    if (profile) return { pid, profile };
  }
  return undefined;
}

describe('npm run workbook, stopped', () => {
  it('by SIGINT mid-render: exit 130, one line, Chromium closed, no PDF and no temp file', async () => {
    const pdf = path.join(out, 'stopped.pdf');
    const child = spawn(process.execPath, [path.resolve('workbook/cli/workbook.ts'), '--paper', 'a4', '--out', pdf], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // The first progress line means Chromium is up and Paged.js is laying pages out.
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (/pages/.test(chunk.toString())) resolve();
      });
      void exited.then((code) => reject(new Error(`the CLI ended (${code}) before rendering: ${stderr}`)));
    });
    const chromium = chromiumOf(child.pid!);
    expect(chromium, 'the CLI’s Chromium, found by its parent pid').toBeDefined();
    child.kill('SIGINT');

    expect(await exited).toBe(130);
    expect(stderr).toBe('Stopped; nothing was written.\n');
    expect(existsSync(pdf), 'the PDF').toBe(false);
    expect(readdirSync(out), 'files left in the --out folder').toEqual([]);
    expect(isRunning(chromium!.pid), 'Chromium still running').toBe(false);
    expect(existsSync(chromium!.profile), 'Chromium’s temp profile folder').toBe(false);
  });
});
