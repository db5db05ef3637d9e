import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-site.ts';
import { open, useSite } from './site.ts';

/*
 * The guide promises "no tracking, no cookies": reading every page sends nothing beyond the
 * site's own server, stores nothing in the browser and logs no errors. One context visits every
 * page in turn, so anything a page leaves behind is still there for the checks at the end.
 */

const pages = listBuiltPages();
const site = useSite();

/** Schemes that never reach the network. */
/** Elements that make the browser fetch or connect (canonical and og:url links do not). */
const FETCHING_ELEMENTS = [
  'link[rel~="preconnect"]',
  'link[rel~="dns-prefetch"]',
  'link[rel~="prefetch"]',
  'link[rel~="preload"]',
  'link[rel~="modulepreload"]',
  'link[rel~="prerender"]',
  'link[rel~="stylesheet"]',
  'link[rel~="icon"]',
  'link[rel~="manifest"]',
  'script[src]',
  'img',
  'iframe',
  'video',
  'audio',
  'source',
  'object',
  'embed',
].join(', ');

describe('privacy', () => {
  it('no request leaves 127.0.0.1, nothing is stored, no errors are logged, on every page', async () => {
    const offenders: string[] = [];
    const errors: string[] = [];
    const storage: string[] = [];
    const requested = new Set<string>();

    await site.withPage({}, async (page) => {
      const context = page.context();
      const origin = new URL(site.origin);
      let current = '(before the first page)';

      // Block and record anything that is not this server: the test must not leak it either.
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        requested.add(url.href);
        if (url.hostname === origin.hostname && url.port === origin.port) return route.continue();
        offenders.push(`${current} requested ${url.href}`);
        return route.abort('blockedbyclient');
      });
      page.on('websocket', (socket) => offenders.push(`${current} opened a WebSocket to ${socket.url()}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${current} console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${current} page error: ${error.message}`));
      page.on('requestfailed', (request) => {
        if (new URL(request.url()).host !== origin.host) return; // blocked above, already listed
        errors.push(`${current} request failed: ${request.url()} (${request.failure()?.errorText ?? '?'})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) errors.push(`${current} ${response.status()} for ${response.url()}`);
      });

      for (const { path } of pages) {
        current = path;
        await open(page, site.url(path));
        const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
        if (stored !== 0) storage.push(`${path}: ${stored} item(s) in localStorage/sessionStorage`);
        const cookies = await page.evaluate(() => document.cookie);
        if (cookies !== '') storage.push(`${path}: document.cookie is "${cookies}"`);
        // Resource hints and preloads can open connections without a request the router sees.
        const external = await page.evaluate(
          (selectors) =>
            [...document.querySelectorAll(selectors)]
              .map(
                (el) =>
                  (el as HTMLLinkElement).href || (el as HTMLImageElement).src || (el as HTMLObjectElement).data || '',
              )
              .filter((href) => href !== '' && new URL(href, location.href).origin !== location.origin),
          FETCHING_ELEMENTS,
        );
        for (const href of external) offenders.push(`${path} points the browser at ${href}`);
      }

      const cookies = await context.cookies();
      for (const cookie of cookies) storage.push(`cookie ${cookie.name} for ${cookie.domain}${cookie.path}`);
    });

    expect.soft(offenders, 'requests or resource hints to other hosts').toEqual([]);
    expect.soft(errors, 'console errors, page errors or failed requests').toEqual([]);
    expect.soft(storage, 'cookies or web storage').toEqual([]);
    // The router saw the pages themselves: the recording works.
    expect(requested.size).toBeGreaterThanOrEqual(pages.length);
  });
});
