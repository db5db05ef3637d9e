/**
 * `npm run workbook -- …`: one counselor's edition from the built site, through the same print
 * source, renderer, guards and post-processing as `npm run build`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { book } from '../../src/lib/book.ts';
import { FriendlyError, parseOrThrow } from '../../src/lib/friendly-error.ts';
import { launchChromium } from '../browser/launch-chromium.ts';
import type { Edition } from '../editions.ts';
import { resolveBuildDate } from '../pdf/build-date.ts';
import { printManifestSchema } from '../print-manifest.ts';
import { createProgress } from '../progress.ts';
import { renderEdition } from '../render-edition.ts';
import { serveDirectory } from '../serve-dist.ts';
import { writeAtomically } from '../write-atomically.ts';
import { parseWorkbookArgs, usage, UsageError } from './parse-workbook-args.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

async function main(argv: readonly string[]): Promise<void> {
  const args = parseWorkbookArgs(argv);
  if (args.help) {
    console.log(usage);
    return;
  }
  const manifestFile = path.join(dist, 'workbook/print/book.json');
  if (!existsSync(manifestFile))
    throw new FriendlyError('dist/ has no print source: run `npm run build` first, then this command.');
  const out = path.resolve(process.cwd(), args.out);
  if (!existsSync(path.dirname(out))) throw new UsageError(`--out: the folder ${path.dirname(out)} does not exist.`);

  const manifest = parseOrThrow(printManifestSchema, JSON.parse(await readFile(manifestFile, 'utf8')), manifestFile);
  const edition: Edition = { name: 'edition', kind: 'custom', options: args.edition, fileName: path.basename(out) };
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const progress = createProgress([edition.name]);
    const rendered = await renderEdition(browser, edition, {
      siteUrl: server.url,
      manifest,
      date: resolveBuildDate().date,
      author: book.author,
      keywords: book.keywords,
      onProgress: (laidOut) => progress.update(edition.name, laidOut),
    });
    progress.done();
    await writeAtomically(out, rendered.pdf);
    console.log(
      `${path.relative(process.cwd(), out)}: ${rendered.pageCount} pages, ${(rendered.pdf.byteLength / 1024).toFixed(0)} KB, in ${rendered.seconds.toFixed(1)} s`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\nRun \`npm run workbook -- --help\` for the options.`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof FriendlyError ? error.message : error);
    process.exitCode = 1;
  }
});
