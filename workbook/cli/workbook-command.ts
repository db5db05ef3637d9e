/**
 * What `npm run workbook -- …` does with its arguments (workbook.ts is the process around it:
 * signals, exit code, messages): one counselor's edition from the built site, through the same
 * print page, runtime, renderer, guards and post-processing as `npm run build`. Tests that
 * compare with the CLI many times call this in their own process.
 */
import { numberedCount } from '../../src/lib/book-order.ts';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FriendlyError, parseOrThrow } from '../../src/lib/friendly-error.ts';
import { escapeInput } from '../../src/lib/quote-input.ts';
import { printManifestSchema, type PrintManifest } from '../contracts/print-manifest.ts';
import { parseWorkbookArgs, usage, UsageError } from './parse-workbook-args.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** The built site to print from: dist/, or `WORKBOOK_DIST` (a test's own build). */
const dist = path.resolve(root, process.env['WORKBOOK_DIST'] ?? 'dist');
const manifestFile = path.join(dist, 'workbook/print/book.json');

/** The built book's print manifest: its chapters decide which `--chapters` exist. */
function readManifest(): PrintManifest {
  if (!existsSync(manifestFile))
    throw new FriendlyError('dist/ has no print source: run `npm run build` first, then this command.');
  return parseOrThrow(printManifestSchema, JSON.parse(readFileSync(manifestFile, 'utf8')), manifestFile);
}

/** Runs the command; a UsageError is the user's to fix (exit 2), anything else a failure. */
export async function runWorkbookCommand(argv: readonly string[], signal: AbortSignal): Promise<void> {
  let manifest: PrintManifest | undefined;
  const args = parseWorkbookArgs(argv, () => {
    manifest = readManifest();
    return { chapterCount: numberedCount(manifest.chapters) };
  });
  if (args.help) {
    console.log(usage);
    return;
  }
  manifest ??= readManifest();
  const out = path.resolve(process.cwd(), args.out);
  if (!existsSync(path.dirname(out)))
    throw new UsageError(`--out: the folder ${escapeInput(path.dirname(out), 200)} does not exist.`);

  // The renderer, Chromium's driver, pdf-lib and pdf.js load only once there is a PDF to make, so
  // --help and a mistyped option answer at once.
  const request = { options: args.edition, out, dist, manifest, signal };
  if (args.edition.set) await (await import('./print-set.ts')).printSet(request);
  else await (await import('./print-edition.ts')).printEdition(request);
}
