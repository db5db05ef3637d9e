import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { injectDiskFull } from '../io/faults.ts';
import { writeFailure, WriteFailed } from '../io/write-failure.ts';
import { canonicalJson, sha256 } from './digest.ts';

/**
 * A folder of cache entries, one subfolder per key. An entry stores any value: each `Uint8Array`
 * in it (a PDF, a fillable twin's PDF…) as a file of its own, everything else as JSON, with the
 * SHA-256 of every file and of the JSON itself. An entry is only trusted when all of those match,
 * and is only ever made visible by renaming a finished folder into place, so a build killed while
 * storing leaves at worst an unfinished `…tmp-…` folder that is never read and is pruned later.
 */

const FORMAT = 1;
const ENTRY_FILE = 'entry.json';

const storedFileSchema = z.object({
  /** Where the bytes sit in the value: property names and array indexes. */
  at: z.array(z.union([z.string(), z.number().int().nonnegative()])),
  file: z.string().regex(/^[\w.-]+\.bin$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const entryRecordSchema = z.object({
  format: z.literal(FORMAT),
  key: z.string(),
  /** The value with each stored file's place left as null. */
  value: z.unknown(),
  files: z.array(storedFileSchema),
});

const entryFileSchema = z.object({ record: entryRecordSchema, checksum: z.string() });

type Path = (string | number)[];
type StoredFile = z.infer<typeof storedFileSchema>;

export type LoadedEntry<T> =
  | { status: 'hit'; value: T }
  | { status: 'miss' }
  /** Stored, but not as it was written (cut short, edited, or no longer the shape expected); removed. */
  | { status: 'damaged'; reason: string };

/** Stores `value` under `key` in `folder`, replacing any entry already there. */
export async function saveEntry(folder: string, key: string, value: unknown, signal?: AbortSignal): Promise<void> {
  const files: { at: Path; bytes: Uint8Array }[] = [];
  const json = withoutBytes(value, [], files);
  const temp = path.join(folder, `${key}.tmp-${process.pid}-${randomUUID()}`);
  const target = path.join(folder, key);
  try {
    await mkdir(temp, { recursive: true });
    const stored: StoredFile[] = [];
    for (const { at, bytes } of files) {
      const file = `${at.join('.') || 'value'}.bin`.replace(/[^\w.-]/g, '_');
      injectDiskFull(path.join(target, file));
      await writeFile(path.join(temp, file), bytes, signal ? { signal } : {});
      stored.push({ at, file, sha256: sha256(bytes) });
    }
    const record = { format: FORMAT, key, value: json, files: stored };
    await writeFile(path.join(temp, ENTRY_FILE), JSON.stringify({ record, checksum: sha256(canonicalJson(record)) }));
    signal?.throwIfAborted();
    await rm(target, { recursive: true, force: true });
    await rename(temp, target);
  } catch (error) {
    throw writeFailure(error, target);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** The value stored under `key`, checked byte for byte and then by `schema`; a damaged entry is removed. */
export async function loadEntry<T>(folder: string, key: string, schema: z.ZodType<T>): Promise<LoadedEntry<T>> {
  const entry = path.join(folder, key);
  let text: string;
  try {
    text = await readFile(path.join(entry, ENTRY_FILE), 'utf8');
  } catch {
    return { status: 'miss' };
  }
  const problem = await readEntry(entry, key, text, schema);
  if (problem.status === 'damaged') await rm(entry, { recursive: true, force: true });
  return problem;
}

async function readEntry<T>(entry: string, key: string, text: string, schema: z.ZodType<T>): Promise<LoadedEntry<T>> {
  let parsed: z.infer<typeof entryFileSchema>;
  try {
    parsed = entryFileSchema.parse(JSON.parse(text));
  } catch {
    return { status: 'damaged', reason: `${ENTRY_FILE} is not a complete entry` };
  }
  const { record, checksum } = parsed;
  if (sha256(canonicalJson(record)) !== checksum) return { status: 'damaged', reason: `${ENTRY_FILE} was changed` };
  if (record.key !== key) return { status: 'damaged', reason: 'it is stored under another key' };
  let value = record.value;
  for (const file of record.files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path.join(entry, file.file)));
    } catch {
      return { status: 'damaged', reason: `${file.file} is missing` };
    }
    if (sha256(bytes) !== file.sha256) return { status: 'damaged', reason: `${file.file} is not the file stored` };
    try {
      value = withBytesAt(value, file.at, bytes);
    } catch {
      return { status: 'damaged', reason: `${file.file} has no place in the stored value` };
    }
  }
  const checked = schema.safeParse(value);
  if (!checked.success) return { status: 'damaged', reason: `its value no longer fits: ${checked.error.message}` };
  return { status: 'hit', value: checked.data };
}

/** Removes every entry (and unfinished entry) in `folder` whose key is not in `keep`. */
export async function pruneEntries(folder: string, keep: ReadonlySet<string>): Promise<void> {
  const names = await readdir(folder).catch(() => []);
  await Promise.all(
    names
      .filter((name) => !keep.has(name))
      .map((name) => rm(path.join(folder, name), { recursive: true, force: true })),
  );
}

/** A copy of `value` for JSON: each Uint8Array replaced by null and listed in `files` with its place. */
function withoutBytes(value: unknown, at: Path, files: { at: Path; bytes: Uint8Array }[]): unknown {
  if (value instanceof Uint8Array) {
    files.push({ at, bytes: value });
    return null;
  }
  if (Array.isArray(value)) return value.map((item, index) => withoutBytes(item, [...at, index], files));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, withoutBytes(item, [...at, name], files)]),
    );
  return value;
}

/** `value` with `bytes` put back at `at`. */
function withBytesAt(value: unknown, at: Path, bytes: Uint8Array): unknown {
  const [head, ...rest] = at;
  if (head === undefined) return bytes;
  if (Array.isArray(value) && typeof head === 'number')
    return value.map((item: unknown, index) => (index === head ? withBytesAt(item, rest, bytes) : item));
  if (value !== null && typeof value === 'object' && typeof head === 'string')
    return { ...value, [head]: withBytesAt((value as Record<string, unknown>)[head], rest, bytes) };
  throw new Error(`no place for stored bytes at ${at.join('.')}`);
}

/**
 * The value stored under `key`, or `make()`'s, stored for next time; the folder keeps this key
 * only. Tells `onDamaged` when a stored value could not be trusted.
 */
export async function loadOrMake<T>(
  folder: string,
  key: string,
  schema: z.ZodType<T>,
  make: () => Promise<T>,
  onDamaged?: (reason: string) => void,
): Promise<{ value: T; reused: boolean }> {
  await mkdir(folder, { recursive: true });
  const entry = await loadEntry(folder, key, schema);
  if (entry.status === 'damaged') onDamaged?.(entry.reason);
  const reused = entry.status === 'hit';
  const value = entry.status === 'hit' ? entry.value : await make();
  if (!reused) await saveOrWarn(folder, key, value);
  await pruneEntries(folder, new Set([key]));
  return { value, reused };
}

/**
 * Stores an entry, or says in one line why it could not (a full disk…) and goes on: the cache
 * only saves time, so the build still finishes, and the next one makes the value again. A
 * half-stored entry is never visible (saveEntry renames a finished folder into place).
 */
export async function saveOrWarn(folder: string, key: string, value: unknown, signal?: AbortSignal): Promise<boolean> {
  try {
    await saveEntry(folder, key, value, signal);
    return true;
  } catch (error) {
    if (!(error instanceof WriteFailed)) throw error;
    console.warn(`${error.message.replace(/\.$/, '')} (the build cache: not kept for next time).`);
    return false;
  }
}
