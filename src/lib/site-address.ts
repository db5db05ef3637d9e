import { z } from 'astro/zod';
import { FriendlyError } from './friendly-error.ts';

/**
 * A placeholder address: a host under the domains kept for examples (example.com, .org, .net, or
 * the .example top-level domain; RFC 2606). Fine for tests and CI, wrong for a real site.
 */
export function isExampleHost(hostname: string): boolean {
  return /(^|\.)example\.(com|org|net)$|\.example$/i.test(hostname);
}

/** Where the site is published, resolved once from `SITE_URL` or `content/book.json`. */
export interface SiteAddress {
  /** The full address with a trailing slash, e.g. `https://example.github.io/our-book/`. */
  href: string;
  /** Scheme and host, e.g. `https://example.github.io`: Astro's `site`. */
  origin: string;
  /** The path the site lives under, with both slashes, e.g. `/our-book/` or `/`: Astro's `base`. */
  base: string;
  /** Host and path as printed in the workbook, e.g. `example.github.io/our-book`. */
  printed: string;
  /** True while the address is still the placeholder in `content/book.json`. */
  isExample: boolean;
}

const FIX = 'set SITE_URL to the public address, e.g. SITE_URL=https://example.github.io/our-book/';

/** An http(s) address with no query or fragment: a site's root, possibly under a path. */
const siteUrlSchema = z.url({ protocol: /^https?$/ }).refine((value) => !/[?#]/.test(value), 'no query or fragment');

/**
 * `SITE_URL` (when set and not empty) overrides `fallback`, the `siteUrl` of `content/book.json`.
 * An unusable `SITE_URL` throws one line naming it and the fix.
 */
export function resolveSiteAddress(siteUrl: string | undefined, fallback: string | undefined): SiteAddress {
  const fromEnv = siteUrl !== undefined && siteUrl.trim() !== '';
  if (!fromEnv && fallback === undefined) {
    throw new FriendlyError(
      `The site has no address: content/book.json has no siteUrl and SITE_URL is not set; ${FIX}.`,
    );
  }
  const value = fromEnv ? siteUrl.trim() : (fallback ?? '');
  if (!siteUrlSchema.safeParse(value).success) {
    const source = fromEnv ? 'SITE_URL' : 'content/book.json → siteUrl';
    throw new FriendlyError(`${source} "${value}" is not an http(s) address without ?query or #fragment: ${FIX}.`);
  }
  const url = new URL(value);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return {
    href: `${url.origin}${base}`,
    origin: url.origin,
    base,
    printed: `${url.host}${base === '/' ? '' : base.slice(0, -1)}`,
    isExample: isExampleHost(url.hostname),
  };
}

/** Set by a build that has warned about the example address already, for the site builds it runs. */
export const ADDRESS_WARNED_ENV = 'WORKBOOK_ADDRESS_WARNED';

/** The one warning line for a build that would publish the placeholder address. */
export function exampleAddressWarning(address: SiteAddress): string | undefined {
  if (!address.isExample) return undefined;
  return `warning: the site's address is still the example ${address.href}, so no page, PDF or EPUB names one; ${FIX} (or edit siteUrl in content/book.json).`;
}

/** `path` (absolute from the site's root, e.g. `/support/`) under `base`. */
export function joinBase(base: string, path: string): string {
  if (!path.startsWith('/')) throw new Error(`joinBase: "${path}" must start with "/"`);
  return `${base}${path.slice(1)}`;
}

/**
 * For astro.config.mjs: the address, or exit with its one-line message rather than Astro's stack
 * trace; warns once when it is still the example (build-book.ts warns itself and sets
 * ADDRESS_WARNED_ENV for its inner site builds).
 */
export function siteAddressForConfig(env: NodeJS.ProcessEnv, fallback: string | undefined): SiteAddress {
  let address: SiteAddress;
  try {
    address = resolveSiteAddress(env['SITE_URL'], fallback);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const warning = exampleAddressWarning(address);
  if (warning && !env[ADDRESS_WARNED_ENV]) console.warn(warning);
  return address;
}
