import { book } from './book.ts';
import { joinBase, resolveSiteAddress, type SiteAddress } from './site-address.ts';

/**
 * The site's public address for this build: `SITE_URL`, or `siteUrl` in `content/book.json`.
 * Astro's `site` and `base`, every internal link, the canonical and OG URLs, the sitemap, robots.txt
 * and the addresses printed in the PDFs all come from here.
 */
export const siteAddress: SiteAddress = resolveSiteAddress(process.env['SITE_URL'], book.siteUrl);

/** An internal link: `path` from the site's root (`/support/`) under the site's base path. */
export function withBase(path: string): string {
  return joinBase(siteAddress.base, path);
}

/** The absolute public URL of `path` (from the site's root), for canonical, OG and sitemap links. */
export function absoluteUrl(path: string): string {
  return new URL(withBase(path), siteAddress.origin).href;
}
