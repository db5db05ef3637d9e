import type { APIRoute } from 'astro';
import { publicUrl } from '../lib/site.ts';

/**
 * Every page may be crawled (print pages say noindex themselves); the sitemap by its absolute
 * address, when the site has one (without it there is no sitemap).
 */
export const GET: APIRoute = () => {
  const sitemap = publicUrl('/sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n${sitemap ? `\nSitemap: ${sitemap}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
