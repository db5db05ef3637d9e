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
  // --disable-gpu): each browser gets a folder of its own, removed when it closes or dies.
  const scratch = mkdtempSync(path.join(tmpdir(), 'workbook-chromium-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  try {
    const browser = await chromium.launch({
      executablePath: resolved.executablePath,
      args: [...chromiumArgs(resolved.args), ...(options.extraArgs ?? [])],
      env: { ...process.env, TMPDIR: scratch },
      headless: true,
      timeout: options.timeoutMs ?? 30_000,
      ...(options.signal ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    });
    browser.on('disconnected', removeScratch);
    return browser;
  } catch (error) {
    removeScratch();
    throw error;
  }
}
