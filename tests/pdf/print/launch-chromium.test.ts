import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../workbook/browser/launch-chromium.ts';
import { childProcesses } from '../../support/processes.ts';
import { useTempDir } from '../../support/temp-dir.ts';

describe('launchChromium', () => {
  const killedRoot = useTempDir('launch-killed');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  // @sparticuz/chromium's --single-process made closing one context kill the browser.
  it('keeps working after one of several contexts is closed', async () => {
    const contexts = await Promise.all([0, 1, 2].map(() => browser.newContext()));
    const pages = await Promise.all(contexts.map((context) => context.newPage()));
    await Promise.all(pages.map((page, index) => page.setContent(`<h1>Page ${index}</h1>`)));
    await contexts[0]?.close();
    const headings = await Promise.all(pages.slice(1).map((page) => page.textContent('h1')));
    expect(headings).toEqual(['Page 1', 'Page 2']);
    await Promise.all(contexts.slice(1).map((context) => context.close()));
    expect(browser.isConnected()).toBe(true);
  });

  // Chromium leaves empty `.org.chromium.Chromium.*` files behind in its temp folder, and a killed
  // browser's helpers can write into its profile after Playwright removed it.
  it('keeps its temp files in a folder of its own, removed when it closes', async () => {
    // Found by its own process, not by what appeared in tmpdir(): other processes on the machine
    // launch browsers there too.
    const running = new Set(childProcesses(process.pid).map(({ pid }) => pid));
    const second = await launchChromium();
    const main = childProcesses(process.pid).find(
      ({ pid, args }) => !running.has(pid) && /--user-data-dir=/.test(args),
    );
    const profile = /--user-data-dir=(\S+)/.exec(main?.args ?? '')?.[1] ?? '';
    // Playwright's profile for this browser is in a folder of its own, not loose in the temp folder.
    expect(path.basename(profile)).toMatch(/^playwright_chromiumdev_profile-/);
    const folder = path.dirname(profile);
    expect(path.dirname(folder)).toBe(tmpdir());
    expect(path.basename(folder)).toMatch(/^workbook-chromium-/);
    const page = await second.newPage();
    await page.setContent('<p>Compositing and printing use temp files.</p>');
    await page.pdf();
    const leftBehind = readdirSync(tmpdir()).filter((name) => name.startsWith('.org.chromium.'));
    await second.close();
    expect(existsSync(folder), 'its temp folder after close').toBe(false);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('.org.chromium.'))).toEqual(leftBehind);
  });

  it('leaves no profile behind when its process is killed', async () => {
    const loose = () => readdirSync(tmpdir()).filter((name) => name.startsWith('playwright_chromiumdev_profile-'));
    const before = loose();
    // Its folder in a root of its own: other processes on the machine launch browsers in tmpdir() too.
    const doomed = await launchChromium({ tempRoot: killedRoot() });
    const page = await doomed.newPage();
    await page.setContent('<p>Storage and caches write to the profile.</p>');
    const made = readdirSync(killedRoot());
    expect(made).toHaveLength(1);
    const folder = path.join(killedRoot(), made[0]!);
    const disconnected = new Promise((resolve) => doomed.once('disconnected', resolve));
    // Its main process: the child of this one whose profile is in that folder.
    const main = childProcesses(process.pid).find(({ args }) => args.includes(`--user-data-dir=${folder}`));
    expect(main).toBeDefined();
    process.kill(main!.pid, 'SIGKILL');
    await disconnected;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(existsSync(folder), 'its folder, a moment after it died').toBe(false);
    expect(loose()).toEqual(before);
  });
});

// A full `npm test` used to leave one empty workbook-chromium-* folder in /tmp: a process that
// ends with its browser open never sees it disconnect, and Playwright's own exit hook removes
// only the profile inside the folder.
describe('launchChromium’s own temp folder, on every way out', () => {
  const exitRoot = useTempDir('launch-exit');
  const failedRoot = useTempDir('launch-failed');

  it('is removed when the process exits with the browser still open', async () => {
    const script = `
      const { launchChromium } = await import(${JSON.stringify(path.resolve('workbook/browser/launch-chromium.ts'))});
      const browser = await launchChromium({ tempRoot: process.argv[1] });
      if (readdirSync(process.argv[1]).length !== 1) throw new Error('no folder of its own while open');
      console.log(browser.isConnected());
      process.exit(0);`;
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--input-type=module',
      '-e',
      `import { readdirSync } from 'node:fs';${script}`,
      exitRoot(),
    ]);
    expect(stdout.trim(), 'the browser was open when the process exited').toBe('true');
    expect(readdirSync(exitRoot())).toEqual([]);
  });

  it('is removed when Chromium fails to start', async () => {
    await expect(
      launchChromium({ tempRoot: failedRoot(), lookup: { env: { CHROME_PATH: '/bin/false' } }, timeoutMs: 10_000 }),
    ).rejects.toThrow();
    expect(readdirSync(failedRoot())).toEqual([]);
  });
});
