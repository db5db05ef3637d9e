import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site.ts';

/** Every page may be crawled (print pages say noindex themselves); the sitemap by its absolute address. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
