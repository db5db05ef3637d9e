import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `bytes` to `path` so readers see either the old file or the whole new one, never a
 * half-written PDF: write a temp file in the same folder (rename is only atomic within one
 * file system), then rename it over the target. The temp file never outlives a failure.
 */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
