import { tmpdir } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from './chromium-args.ts';
import { findChromium, type ChromiumLookup } from './find-chromium.ts';
import { makeScratchFolder, removeScratchFoldersAtExitLast } from './scratch-folder.ts';

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
  /** Where the browser's own temp folder is made: Node's temp folder unless a test gives its own. */
  tempRoot?: string;
}

/** A headless Chromium for the workbook renderer and the site's browser tests. */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  options.signal?.throwIfAborted();
  const turn = launches.then(() => launchInOwnFolder(options));
  launches = turn.catch(() => {});
  return turn;
}

/**
 * One launch at a time: each points Node's temp folder at its own folder for its moment, and an
 * overlapping one would make its folder inside the other's, find Chromium there, and put TMPDIR
 * back to a folder that is about to go.
 */
let launches: Promise<unknown> = Promise.resolve();

async function launchInOwnFolder(options: LaunchChromiumOptions): Promise<Browser> {
  const resolved = await findChromium(options.lookup);
  // Chromium leaves empty `.org.chromium.Chromium.*` files in its temp folder (more of them with
  // --disable-gpu), and Playwright makes the profile in Node's temp folder (os.tmpdir(), read
  // from TMPDIR on every call): each browser gets a folder of its own for both, removed when the
  // launch fails, when the browser closes or dies, and when this process exits with it still open.
  const scratch = makeScratchFolder(options.tempRoot ?? tmpdir());
  const before = process.env['TMPDIR'];
  process.env['TMPDIR'] = scratch.path;
  try {
    const browser = await chromium.launch({
      executablePath: resolved.executablePath,
      args: [...chromiumArgs(resolved.args), ...(options.extraArgs ?? [])],
      env: { ...process.env, TMPDIR: scratch.path },
      headless: true,
      timeout: options.timeoutMs ?? 30_000,
      ...(options.signal ? { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false } : {}),
    });
    browser.on('disconnected', () => scratch.dispose());
    removeScratchFoldersAtExitLast();
    return browser;
  } catch (error) {
    scratch.dispose();
    throw error;
  } finally {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
  }
}
