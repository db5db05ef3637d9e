import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../workbook/io/write-atomically.ts';

describe('writeAtomically', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'write-atomically-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces the file and leaves no temp file', async () => {
    const target = join(dir, 'book.pdf');
    await writeAtomically(target, new TextEncoder().encode('old'));
    await writeAtomically(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['book.pdf']);
  });

  it('removes the temp file when the rename fails', async () => {
    // A directory in the way makes rename fail after the temp file was written.
    const target = join(dir, 'book.pdf');
    await mkdir(target);
    await expect(writeAtomically(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['book.pdf']);
  });
});
