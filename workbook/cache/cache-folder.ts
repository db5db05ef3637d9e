import path from 'node:path';

/**
 * Where `npm run build` keeps what it can reuse: under node_modules/.cache, the folder tools
 * share for caches, so it is ignored by git and goes with a fresh `npm ci`. Deleting it is always
 * safe: the next build renders everything and gives the same bytes.
 */
export const CACHE_FOLDER = path.resolve(import.meta.dirname, '../../node_modules/.cache/workbook');

/** Set to 1 (or pass `--no-cache` to the build) to render everything and leave the cache alone. */
export const NO_CACHE_ENV = 'WORKBOOK_NO_CACHE';

/** True when this build must neither read nor write the cache. */
export function cacheDisabled(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env[NO_CACHE_ENV];
  return argv.includes('--no-cache') || (value !== undefined && value !== '' && value !== '0');
}
