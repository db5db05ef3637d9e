/**
 * `npm run preview`: serves the built dist/ on http://127.0.0.1:4321 under the base path it was
 * built for, with the headers of dist/_headers, as a static host would (unlike `astro preview`,
 * which knows no _headers file).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FriendlyError, parseOrThrow } from '../../src/lib/friendly-error.ts';
import { printManifestSchema } from '../contracts/print-manifest.ts';
import { reportFailure } from '../io/cancellation.ts';
import { serveDirectory } from '../io/serve-directory.ts';
import { readHeadersFile } from '../io/static-headers.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');
const manifestFile = path.join(dist, 'workbook/print/book.json');

async function main(): Promise<void> {
  if (!existsSync(manifestFile)) throw new FriendlyError('dist/ is not built: run `npm run build` first.');
  const { base } = parseOrThrow(printManifestSchema, JSON.parse(readFileSync(manifestFile, 'utf8')), manifestFile);
  const port = Number(process.env['PORT'] ?? 4321);
  const server = await serveDirectory(dist, base, { headersFor: readHeadersFile(dist), port, notFoundPage: true });
  console.log(`dist/ served with its _headers at ${server.url} (Ctrl-C stops)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch(reportFailure);
