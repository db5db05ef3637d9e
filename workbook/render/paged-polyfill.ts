import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Paged.js polyfill bundle from node_modules, so the pinned version renders and no CDN is
 * contacted. pagedjs's `exports` map hides `dist/`, so we locate the package through its
 * CommonJS entry (`lib/index.cjs`) and step over to the bundle.
 */
export function pagedPolyfillPath(): string {
  const entry = createRequire(import.meta.url).resolve('pagedjs');
  return join(dirname(entry), '..', 'dist', 'paged.polyfill.js');
}

let cached: Promise<string> | undefined;

/** The polyfill's source, read once per process: it is 1 MB and every render injects it. */
export function readPagedPolyfill(): Promise<string> {
  cached ??= readFile(pagedPolyfillPath(), 'utf8');
  return cached;
}
