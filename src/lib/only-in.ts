import { onlyPropsSchema, type Medium } from '../schemas/medium.ts';
import { parseOrThrow } from './friendly-error.ts';

/**
 * Whether an `<Only in="…">` passage is published in `medium`. remark-only-in has already
 * checked the mark where its file and line are known; this reads it again where it renders.
 */
export function publishedIn(medium: Medium, props: Record<string, unknown>): boolean {
  return parseOrThrow(onlyPropsSchema, { in: props['in'] }, '<Only>').in.includes(medium);
}
