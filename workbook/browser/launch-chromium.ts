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
}

/** A headless Chromium for the workbook renderer and the site's browser tests. */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  const resolved = await findChromium(options.lookup);
  return chromium.launch({
    executablePath: resolved.executablePath,
    args: [...chromiumArgs(resolved.args), ...(options.extraArgs ?? [])],
    headless: true,
    timeout: options.timeoutMs ?? 30_000,
  });
}
