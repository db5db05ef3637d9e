import { z } from 'zod';

const partsSchema = z.number().int().min(1);

/**
 * How many parts a render was laid out in, at once (issue 25: parts in parallel), from a record
 * that may report it as `parts`: the renderer's result or the CLI's timings file. A renderer that
 * does not report it lays every edition out whole, in one part.
 */
export function partsUsed(record: object): number {
  if (!('parts' in record) || record.parts === undefined) return 1;
  const parsed = partsSchema.safeParse(record.parts);
  if (!parsed.success)
    throw new Error(`The render reported parts = ${JSON.stringify(record.parts)}: expected a whole number ≥ 1.`);
  return parsed.data;
}
