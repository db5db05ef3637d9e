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
  return chromium.launch({
    executablePath: resolved.executablePath,
    args: [...chromiumArgs(resolved.args), ...(options.extraArgs ?? [])],
    headless: true,
    timeout: options.timeoutMs ?? 30_000,
    ...(options.signal ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
  });
}
