import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { loadEntry, pruneEntries, saveEntry } from '../../../../workbook/cache/entry-store.ts';
import { withTempDir } from '../../../support/temp-dir.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A render's result as it may grow: a PDF, and a fillable twin with a PDF of its own. */
const schema = z.object({
  pdf: z.instanceof(Uint8Array),
  pageCount: z.number(),
  fillable: z.object({ pdf: z.instanceof(Uint8Array), fileName: z.string(), fields: z.array(z.string()) }),
});
const value = {
  pdf: bytes('%PDF-1.7 printed'),
  pageCount: 56,
  fillable: { pdf: bytes('%PDF-1.7 fillable'), fileName: 'fillable.pdf', fields: ['hurt-1', 'involved-1'] },
};
const KEY = 'a'.repeat(64);

describe('the cache entry store', () => {
  it('gives back every byte array, however deep, and the rest of the value as it was stored', async () => {
    await withTempDir('entry-store', async (dir) => {
      await saveEntry(dir, KEY, value);
      expect(await readdir(path.join(dir, KEY))).toEqual(['entry.json', 'fillable.pdf.bin', 'pdf.bin']);
      expect(await loadEntry(dir, KEY, schema)).toEqual({ status: 'hit', value });
      expect(await loadEntry(dir, 'b'.repeat(64), schema)).toEqual({ status: 'miss' });
    });
  });

  it('does not trust an entry whose file changed, and removes it', async () => {
    await withTempDir('entry-store', async (dir) => {
      await saveEntry(dir, KEY, value);
      const pdf = path.join(dir, KEY, 'fillable.pdf.bin');
      const stored = await readFile(pdf);
      await writeFile(pdf, Buffer.concat([stored.subarray(0, -1), bytes('X')]));
      expect(await loadEntry(dir, KEY, schema)).toEqual({
        status: 'damaged',
        reason: 'fillable.pdf.bin is not the file stored',
      });
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('does not trust an entry whose JSON was edited, cut short, or no longer fits the schema', async () => {
    await withTempDir('entry-store', async (dir) => {
      const entryFile = path.join(dir, KEY, 'entry.json');
      await saveEntry(dir, KEY, value);
      await writeFile(entryFile, (await readFile(entryFile, 'utf8')).replace('"pageCount":56', '"pageCount":57'));
      expect(await loadEntry(dir, KEY, schema)).toMatchObject({ status: 'damaged', reason: 'entry.json was changed' });

      await saveEntry(dir, KEY, value);
      const text = await readFile(entryFile, 'utf8');
      await writeFile(entryFile, text.slice(0, text.length / 2));
      expect(await loadEntry(dir, KEY, schema)).toMatchObject({ status: 'damaged' });

      await saveEntry(dir, KEY, { ...value, pageCount: 'fifty-six' });
      expect(await loadEntry(dir, KEY, schema)).toMatchObject({
        status: 'damaged',
        reason: expect.stringMatching(/^its value no longer fits/) as unknown,
      });
    });
  });

  it('never reads an entry a stopped build left unfinished, and prunes it with unused entries', async () => {
    await withTempDir('entry-store', async (dir) => {
      const stopped = new AbortController();
      stopped.abort(new Error('stopped'));
      await expect(saveEntry(dir, KEY, value, stopped.signal)).rejects.toThrow(/abort/i);
      expect(await readdir(dir)).toEqual([]);

      // A build killed outright (no finally) leaves its temporary folder behind.
      await mkdir(path.join(dir, `${KEY}.tmp-4242-x`));
      await writeFile(path.join(dir, `${KEY}.tmp-4242-x`, 'pdf.bin'), bytes('%PDF-1.7 half'));
      expect(await loadEntry(dir, KEY, schema)).toEqual({ status: 'miss' });

      const kept = 'c'.repeat(64);
      await saveEntry(dir, kept, value);
      await saveEntry(dir, 'd'.repeat(64), value);
      await pruneEntries(dir, new Set([kept]));
      expect(await readdir(dir)).toEqual([kept]);
    });
  });
});
