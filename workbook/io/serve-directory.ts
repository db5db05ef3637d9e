import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface ServedDirectory {
  /** Origin with a trailing slash, e.g. `http://127.0.0.1:53211/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` over HTTP so Paged.js can fetch stylesheets and fonts (it uses XHR, which
 * `file://` pages may not). Bound to loopback on an ephemeral port: nothing outside this
 * machine can read the book while it renders, and parallel renders never collide.
 */
export async function serveDirectory(dir: string): Promise<ServedDirectory> {
  // dev mode reads from disk per request, so a rebuilt dist/ is served without a restart.
  const serve = sirv(dir, { dev: true, dotfiles: false });
  const server = createServer((request, response) => {
    serve(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
