import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface ServedDirectory {
  /** Where the folder's root is served, with a trailing slash, e.g. `http://127.0.0.1:53211/our-book/`. */
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Headers for a request path (under the base), e.g. from dist/_headers (workbook/io/static-headers.ts). */
  headersFor?: (pathname: string) => Record<string, string>;
  /** Listen on this port instead of an ephemeral one (`npm run preview`). */
  port?: number;
  /** Answer a missing file with the folder's 404.html, as static hosts do (`npm run preview`). */
  notFoundPage?: boolean;
}

/**
 * Serves `dir` over HTTP so Paged.js can fetch stylesheets and fonts (it uses XHR, which
 * `file://` pages may not). Bound to loopback on an ephemeral port: nothing outside this
 * machine can read the book while it renders, and parallel renders never collide.
 *
 * `base` is the site's base path (`/our-book/`): a site built for a subpath keeps its files
 * at the folder's root but links to `/our-book/_astro/…`, so the folder is served under
 * that prefix and nothing outside it, as a host would.
 */
export async function serveDirectory(dir: string, base = '/', options: ServeOptions = {}): Promise<ServedDirectory> {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`serveDirectory: base "${base}" must start and end with "/"`);
  // dev mode reads from disk per request, so a rebuilt dist/ is served without a restart.
  const serve = sirv(dir, { dev: true, dotfiles: false });
  const notFound = (response: ServerResponse): void => {
    response.statusCode = 404;
    if (options.notFoundPage) {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(readFileSync(`${dir}/404.html`));
    } else {
      response.end('Not found');
    }
  };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      notFound(response);
      return;
    }
    const inner = `/${url.slice(base.length)}`;
    const pathname = inner.split('?')[0] ?? '/';
    for (const [name, value] of Object.entries(options.headersFor?.(pathname) ?? {})) response.setHeader(name, value);
    request.url = inner;
    serve(request, response, () => notFound(response));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
