import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { writeAtomically } from '../io/write-atomically.ts';

/** A small JSON record the cache keeps, or undefined when it is missing, unreadable or not of `schema`'s shape. */
export async function readRecord<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a record so a reader finds the old one or the whole new one. */
export async function writeRecord(file: string, value: unknown): Promise<void> {
  await writeAtomically(file, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
}
