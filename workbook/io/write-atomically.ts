import { rename, rm, writeFile } from 'node:fs/promises';
import { injectDiskFull } from './faults.ts';
import { writeFailure } from './write-failure.ts';

/**
 * Writes `bytes` to `path` so readers see either the old file or the whole new one, never a
 * half-written PDF: write a temp file in the same folder (rename is only atomic within one
 * file system), then rename it over the target. The temp file never outlives a failure, and a
 * stop (`signal`) before the rename leaves the old file, or none. A full disk (or another refusal
 * of the machine's) is reported in one line naming `path` (write-failure.ts).
 */
export async function writeAtomically(path: string, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const temp = `${path}.tmp-${process.pid}`;
  try {
    injectDiskFull(path);
    await writeFile(temp, bytes, signal ? { signal } : {});
    signal?.throwIfAborted();
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw writeFailure(error, path);
  }
}
