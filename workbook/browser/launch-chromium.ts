import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from './chromium-args.ts';
import { findChromium, type ChromiumLookup } from './find-chromium.ts';

export interface LaunchChromiumOptions {
  /** Override parts of the browser lookup (tests, unusual machines). */
  lookup?: Partial<ChromiumLookup>;
  /** Appended after the resolver's and the renderer's flags. */
  extraArgs?: readonly string[];
  /** How long Playwright waits for the browser to start. */
  timeoutMs?: number;
  /**
   * The caller's stop signal. With one, the caller handles Ctrl-C and SIGTERM (it closes this
   * browser in its `finally`), so Playwright's own handlers, which exit the process at once,
   * are off.
   */
  signal?: AbortSignal;
}

/** A headless Chromium for the workbook renderer and the site's browser tests. */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  options.signal?.throwIfAborted();
  const resolved = await findChromium(options.lookup);
  // Chromium leaves empty `.org.chromium.Chromium.*` files in its temp folder (more of them with
  // --disable-gpu), and Playwright makes the profile in Node's temp folder: each browser gets a
  // folder of its own for both, removed when it closes or dies. A killed browser's helper
  // processes can still write to the profile after Playwright has removed it, so the folder is
  // removed once more a moment later.
  const scratch = mkdtempSync(path.join(tmpdir(), 'workbook-chromium-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  try {
    const browser = await withTempFolder(scratch, () =>
      chromium.launch({
        executablePath: resolved.executablePath,
        args: [...chromiumArgs(resolved.args), ...(options.extraArgs ?? [])],
        env: { ...process.env, TMPDIR: scratch },
        headless: true,
        timeout: options.timeoutMs ?? 30_000,
        ...(options.signal ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
      }),
    );
    browser.on('disconnected', () => {
      removeScratch();
      setTimeout(removeScratch, 2_000).unref();
    });
    return browser;
  } catch (error) {
    removeScratch();
    throw error;
  }
}

/**
 * Runs `launch` with Node's temp folder (os.tmpdir(), read from TMPDIR on every call) set to
 * `folder`, so the profile Playwright makes for the browser lands there. Only for the moment of
 * the launch; TMPDIR is put back as it was.
 */
async function withTempFolder<T>(folder: string, launch: () => Promise<T>): Promise<T> {
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = folder;
  try {
    return await launch();
  } finally {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
  }
}
