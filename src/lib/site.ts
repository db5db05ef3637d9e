import { book } from './book.ts';
import { joinBase, resolveSiteAddress, type SiteAddress } from './site-address.ts';

/**
 * The site's address for this build: `SITE_URL`, or `siteUrl` in `content/book.json`. Astro's
 * `base` and every internal link come from here, whatever the address.
 */
export const siteAddress: SiteAddress = resolveSiteAddress(process.env['SITE_URL'], book.siteUrl);

/**
 * The address a reader can visit, or undefined while it is still the example one (no SITE_URL):
 * an address that leads nowhere is never printed or linked, so the canonical and OG URLs, the
 * sitemap, robots.txt's Sitemap line, the printed "Online:" lines and the EPUB's links out are
 * left out until the site has a real one.
 */
export const publicAddress: SiteAddress | undefined = siteAddress.isExample ? undefined : siteAddress;

/** An internal link: `path` from the site's root (`/support/`) under the site's base path. */
export function withBase(path: string): string {
  return joinBase(siteAddress.base, path);
}

/** The absolute public URL of `path` (from the site's root), or undefined without a public address. */
export function publicUrl(path: string): string | undefined {
  return publicAddress && new URL(withBase(path), publicAddress.origin).href;
}
