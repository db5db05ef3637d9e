/**
 * The HTTP headers every page and file of the site is served with, defined once: the build writes
 * them to dist/_headers (the format Netlify and Cloudflare Pages read; src/integrations/headers-file.ts),
 * and `npm run preview` and the browser tests serve dist/ with that file (workbook/io/static-headers.ts).
 */

/**
 * Scripts come only from this site, as files (astro.config.mjs never inlines one), so no inline
 * script and no eval of JavaScript can run. Styles allow 'unsafe-inline': Astro inlines every page's CSS as
 * <style> (inlineStylesheets: 'always') and Paged.js writes the print page's @page rules into new
 * <style> elements at run time, whose text no hash can know ahead. A static host's _headers file
 * gives one policy per path pattern and merges patterns that overlap, so per-page hashes are not
 * an option either; CSS cannot run code, and the script, frame and form rules stay strict.
 */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Search (/search/) runs Pagefind, which compiles its WebAssembly index reader: 'wasm-unsafe-eval'
  // allows WebAssembly and nothing else (no eval of JavaScript).
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Pagefind searches in a worker loaded from this site (/pagefind/pagefind-worker.js).
  'worker-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // The print studio previews the print page of this same site in an <iframe>; nothing else is framed.
  'frame-src': ["'self'"],
  'frame-ancestors': ["'self'"],
  // The studio's form submits (GET) to the studio itself.
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
};

/** Browser features the site never uses, denied to every page and frame. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'usb',
  'xr-spatial-tracking',
] as const;

export function cspValue(policy: Readonly<Record<string, readonly string[]>> = contentSecurityPolicy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

/** The headers for every path. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspValue(),
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
  'X-Content-Type-Options': 'nosniff',
};

/** dist/_headers: one rule, `/*`, so it holds wherever the folder is served (a domain's root or a subpath). */
export function headersFile(headers: Readonly<Record<string, string>> = securityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
