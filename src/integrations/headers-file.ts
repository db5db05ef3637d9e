import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers.ts';

/** Writes `_headers` (Netlify / Cloudflare Pages) into the built folder from src/lib/security-headers.ts. */
export function headersFileIntegration(): AstroIntegration {
  return {
    name: 'site:headers-file',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile());
      },
    },
  };
}
