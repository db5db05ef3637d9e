import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

/** A browser's own temp folder (its profile and Chromium's scratch files), removed on every way out. */
export interface ScratchFolder {
  path: string;
  /**
   * Removes it now and once more a moment later: a killed browser's helper processes can still
   * write into it after its main process is gone.
   */
  dispose(): void;
}

/** Folders made by this process and not yet removed for good; the exit hook removes what is left. */
const pending = new Set<string>();

function removeQuietly(folder: string): void {
  try {
    // maxRetries: a dying browser's helpers may add a file while the folder is being emptied
    // (ENOTEMPTY); a removal that still fails is tried again later, never thrown into Playwright's
    // event handlers.
    rmSync(folder, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  } catch {
    // Left for the later pass or the exit hook.
  }
}

function removeAllAtExit(): void {
  for (const folder of pending) removeQuietly(folder);
}

/**
 * A process that ends with a browser still open (a second Ctrl-C, Playwright's own signal
 * handling, process.exit) never sees it disconnect: Playwright's exit hook kills the browser and
 * removes the profile, and this one then removes the folder around it. Called again after each
 * launch, so it runs after the hook that launch installed.
 */
export function removeScratchFoldersAtExitLast(): void {
  process.off('exit', removeAllAtExit);
  process.on('exit', removeAllAtExit);
}

/** Makes a `workbook-chromium-*` folder in `root`. */
export function makeScratchFolder(root: string): ScratchFolder {
  const folder = mkdtempSync(path.join(root, 'workbook-chromium-'));
  pending.add(folder);
  removeScratchFoldersAtExitLast();
  let disposed = false;
  return {
    path: folder,
    dispose() {
      removeQuietly(folder);
      if (disposed) return;
      disposed = true;
      setTimeout(() => {
        removeQuietly(folder);
        if (!existsSync(folder)) pending.delete(folder);
      }, 2_000).unref();
    },
  };
}
