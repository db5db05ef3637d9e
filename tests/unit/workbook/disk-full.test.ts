import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { loadOrMake } from '../../../workbook/cache/entry-store.ts';
import { renderThroughCache } from '../../../workbook/cache/render-through-cache.ts';
import { standardEditions } from '../../../workbook/edition/standard-editions.ts';
import { resetFaults } from '../../../workbook/io/faults.ts';
import { writeAtomically } from '../../../workbook/io/write-atomically.ts';
import { writeFailure, WriteFailed } from '../../../workbook/io/write-failure.ts';
import type { RenderedEdition } from '../../../workbook/render/render-edition.ts';
import { withTempDir } from '../../support/temp-dir.ts';

/*
 * A full disk, injected where the build writes (WORKBOOK_FAULT=enospc@<part of the path>,
 * workbook/io/faults.ts): one line naming the file and the cause, the old file untouched, no temp
 * file left; the cache only warns, since the build can finish without it.
 */

function diskFullAt(pathPart: string): void {
  process.env['WORKBOOK_FAULT'] = `enospc@${pathPart}*100`;
  resetFaults();
}
afterEach(() => {
  delete process.env['WORKBOOK_FAULT'];
  resetFaults();
  vi.restoreAllMocks();
});

describe('a full disk', () => {
  it('while writing a PDF: one line naming the file and the cause; the old file intact, no temp file', async () => {
    await withTempDir('disk-full', async (dir) => {
      const pdf = path.join(dir, 'workbook.pdf');
      writeFileSync(pdf, 'the old PDF');
      diskFullAt('workbook.pdf');
      const failure = await writeAtomically(pdf, new Uint8Array([1, 2, 3])).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(WriteFailed);
      expect((failure as Error).message).toBe(
        `Could not write ${pdf}: the disk is full (ENOSPC); free some space on it and run the command again.`,
      );
      expect(readFileSync(pdf, 'utf8')).toBe('the old PDF');
      expect(readdirSync(dir)).toEqual(['workbook.pdf']);
    });
  });

  it('names other refusals of the machine too, and leaves any other error as it was', () => {
    const refused = (code: string) => Object.assign(new Error(code), { code });
    expect(String((writeFailure(refused('EROFS'), '/x/a.pdf') as Error).message)).toBe(
      'Could not write /x/a.pdf: the disk is read-only (EROFS); write to another folder.',
    );
    const other = new TypeError('not a write problem');
    expect(writeFailure(other, '/x/a.pdf')).toBe(other);
  });

  it('while storing renders in the cache: one warning line, the renders still returned, nothing half-stored', async () => {
    await withTempDir('disk-full-cache', async (folder) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const editions = standardEditions.slice(0, 2);
      diskFullAt(path.join(folder, 'key-'));
      const rendered = editions.map(
        (edition) => ({ edition, pdf: new Uint8Array([37, 80, 68, 70]) }) as unknown as RenderedEdition,
      );
      const { results } = await renderThroughCache({
        editions,
        keyOf: (edition) => `key-${edition.name}`,
        folder,
        render: () => Promise.resolve(rendered),
      });
      expect(results).toEqual(rendered);
      expect(warn).toHaveBeenCalledTimes(2);
      expect(warn.mock.calls[0]?.[0]).toMatch(
        /^Could not write .+key-letter: the disk is full \(ENOSPC\); free some space on it and run the command again \(the build cache: not kept for next time\)\.$/,
      );
      expect(readdirSync(folder), 'entries or temp folders left').toEqual([]);
    });
  });

  it('while storing the EPUB in the cache: the EPUB is still made, and made again next time', async () => {
    await withTempDir('disk-full-epub', async (folder) => {
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      diskFullAt(folder);
      const made = await loadOrMake(folder, 'epub-key', z.instanceof(Uint8Array), () =>
        Promise.resolve(new Uint8Array([80, 75])),
      );
      expect(made).toEqual({ value: new Uint8Array([80, 75]), reused: false });
      expect(readdirSync(folder)).toEqual([]);
    });
  });
});
