/**
 * `npm run build`: the site, the workbook PDFs and the EPUB, and the site again with the PDFs'
 * real page numbers and sizes, then `dist/` replaced in one step. What has not changed since the
 * last build is reused from the cache (workbook/cache/; `--no-cache` renders everything). A
 * failure at any point leaves the previous `dist/` as it was and no PDF claiming to be current.
 * Ctrl-C or SIGTERM stops every step (the site build, Chromium, the renders), removes the work
 * folder and exits 130.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { book } from '../src/lib/book.ts';
import { FriendlyError, parseOrThrow } from '../src/lib/friendly-error.ts';
import { siteAddress } from '../src/lib/site.ts';
import { exampleAddressWarning, resolveSiteAddress } from '../src/lib/site-address.ts';
import { openBuildCache } from './cache/build-cache.ts';
import { sameListing } from './cache/published-listing.ts';
import { printManifestSchema, type PrintManifest } from './contracts/print-manifest.ts';
import { WORKBOOK_PAGES_ENV, type WorkbookPages } from './contracts/workbook-pages.ts';
import { standardEditions, type Edition } from './edition/standard-editions.ts';
import { reportFailure, stopOnSignals } from './io/cancellation.ts';
import { createProgress } from './io/progress.ts';
import { writeAtomically } from './io/write-atomically.ts';
import { paperSizes } from './page/paper-sizes.ts';
import { resolveBuildDate } from './pdf/build-date.ts';
import { renderTimeoutMs } from './render/render-timeout.ts';
import { EPUB_FILE_NAME } from './epub/package-epub.ts';
import type { RenderedEdition } from './render/render-edition.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.build');
const dist = path.join(root, 'dist');

async function astroBuild(outDir: string, signal: AbortSignal, env: Record<string, string> = {}): Promise<void> {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  try {
    await run(process.execPath, [astro, 'build', '--silent', '--outDir', outDir], {
      cwd: root,
      // build() has printed the example-address warning once; the config would repeat it per pass.
      env: { ...process.env, REBUILDING_TRUST_ADDRESS_WARNED: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
      signal,
    });
  } catch (error) {
    signal.throwIfAborted();
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new FriendlyError(`The site build failed:\n${`${stdout}\n${stderr}`.trim()}`);
  }
}

async function main(signal: AbortSignal): Promise<void> {
  try {
    await build(signal);
  } catch (error) {
    // Stopped: the half-made site and PDFs go; dist/ is untouched until the final rename.
    if (signal.aborted) await rm(work, { recursive: true, force: true });
    throw error;
  }
}

async function build(signal: AbortSignal): Promise<void> {
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const { date, source } = resolveBuildDate();
  // Checked before anything is built: a bad SITE_URL stops here with one line.
  const warning = exampleAddressWarning(resolveSiteAddress(process.env['SITE_URL'], book.siteUrl));
  if (warning) console.warn(warning);
  const cache = openBuildCache(process.argv.slice(2), process.env);
  const last = await cache?.lastBuild(dist, date);
  const previous = await cache?.previousListing();
  if (last?.unchanged && previous) {
    const names = previous.editions.map((edition) => edition.name);
    console.log(`reused ${names.length} editions from the cache: ${names.join(', ')}`);
    console.log(`nothing changed since the last build: dist/ is current (${elapsed()})`);
    return;
  }
  await rm(work, { recursive: true, force: true });
  await mkdir(path.join(work, 'downloads'), { recursive: true });

  // Built with the last published listing: when the renders give it again, this is the final site.
  const firstPass = path.join(work, 'site-for-print');
  await astroBuild(
    firstPass,
    signal,
    previous ? { [WORKBOOK_PAGES_ENV]: await writeListing('previous', previous) } : {},
  );
  console.log(`site built for the print source (${elapsed()})`);

  // The e-book's source does not depend on the PDFs, so the first build's serves, and the second
  // build can list the EPUB with its size.
  const makeEpub = async () => (await import('./epub/build-epub.ts')).buildEpub(firstPass, date);
  const { value: epub, reused: epubReused } = cache
    ? await cache.epub(firstPass, date, siteAddress.href, makeEpub)
    : { value: await makeEpub(), reused: false };
  await writeAtomically(path.join(work, 'downloads', EPUB_FILE_NAME), epub, signal);
  console.log(
    `${EPUB_FILE_NAME}: ${(epub.byteLength / 1024).toFixed(0)} KB${epubReused ? ', reused from the cache' : ''} (${elapsed()})`,
  );

  const manifestFile = path.join(firstPass, 'workbook/print/book.json');
  const manifest = parseOrThrow(printManifestSchema, JSON.parse(await readFile(manifestFile, 'utf8')), manifestFile);
  const render = (editions: readonly Edition[]) => renderAll(firstPass, manifest, editions, date, signal);
  const { results: rendered, reused } = cache
    ? await cache.renders(
        { siteDir: firstPass, siteAddress, date, author: book.author, keywords: book.keywords },
        standardEditions,
        render,
      )
    : { results: await render(standardEditions), reused: [] };
  if (reused.length > 0)
    console.log(`reused ${reused.length} editions from the cache: ${reused.join(', ')} (${elapsed()})`);

  for (const result of rendered) {
    await writeAtomically(path.join(work, 'downloads', result.edition.fileName), result.pdf, signal);
    if (result.fillable)
      await writeAtomically(path.join(work, 'downloads', result.fillable.fileName), result.fillable.pdf, signal);
  }
  const pages = listingOf(rendered, epub);

  let site: string;
  if (previous && sameListing(previous, pages)) {
    // The first site was built with this very listing, so building it again would give the same site.
    site = firstPass;
    console.log('the PDFs are listed as the first site build listed them: it is the final site');
  } else {
    site = path.join(work, 'site');
    await astroBuild(site, signal, { [WORKBOOK_PAGES_ENV]: await writeListing('final', pages) });
    console.log(`site built with the PDFs' pages and sizes (${elapsed()})`);
  }
  await cp(path.join(work, 'downloads'), path.join(site, 'downloads'), { recursive: true });

  signal.throwIfAborted();
  // Swap the finished site in: dist/ is the old complete site or the new one, never half of each.
  const old = `${dist}.old`;
  await rm(old, { recursive: true, force: true });
  await rename(dist, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(site, dist);
  await rm(old, { recursive: true, force: true });
  await cache?.rememberListing(pages);
  await cache?.rememberBuild(dist, last?.inputs);
  console.log(
    `dist/ ready: site and ${pages.editions.length} PDFs, dated ${date.toISOString()} (${source}), in ${elapsed()}`,
  );
}

/** What the site lists about the PDFs and the EPUB: their files, sizes, page counts and chapters' pages. */
function listingOf(rendered: readonly RenderedEdition[], epub: Uint8Array): WorkbookPages {
  return {
    editions: rendered.flatMap((result) => {
      const listed = {
        name: result.edition.name,
        kind: result.edition.kind,
        for: result.edition.options.for,
        paper: result.edition.options.paper,
        paperLabel: paperSizes[result.edition.options.paper].label,
        fileName: result.edition.fileName,
        pageCount: result.pageCount,
        bookPages: result.bookPages,
        bytes: result.pdf.byteLength,
        chapters: result.chapters,
      };
      // A fillable twin has its printed twin's pages: one render, two files.
      const { fillable } = result;
      return fillable
        ? [
            listed,
            {
              ...listed,
              name: `${listed.name}-fillable`,
              fileName: fillable.fileName,
              bytes: fillable.pdf.byteLength,
              fillable: true,
            },
          ]
        : [listed];
    }),
    epub: { fileName: EPUB_FILE_NAME, bytes: epub.byteLength },
  };
}

/** Writes a listing for a site build to read (WORKBOOK_PAGES_ENV) and returns its path. */
async function writeListing(name: string, listing: WorkbookPages): Promise<string> {
  const file = path.join(work, `workbook-pages.${name}.json`);
  await writeFile(file, `${JSON.stringify(listing, null, 2)}\n`);
  return file;
}

/** Serves the first site build and renders `editions` from it in one Chromium, with a progress line. */
async function renderAll(
  siteDir: string,
  manifest: PrintManifest,
  editions: readonly Edition[],
  date: Date,
  signal: AbortSignal,
): Promise<RenderedEdition[]> {
  // Loaded only when something is to be rendered: a build that reuses every PDF never needs them.
  const [{ serveDirectory }, { launchChromium }, { renderEditions }] = await Promise.all([
    import('./io/serve-directory.ts'),
    import('./browser/launch-chromium.ts'),
    import('./render/render-editions.ts'),
  ]);
  const server = await serveDirectory(siteDir, manifest.base);
  try {
    const browser = await launchChromium({ signal });
    try {
      const progress = createProgress(editions.map((edition) => edition.name));
      const rendered = await renderEditions(
        browser,
        editions,
        (edition) => ({
          siteUrl: server.url,
          manifest,
          date,
          author: book.author,
          keywords: book.keywords,
          timeoutMs: renderTimeoutMs(),
          onProgress: (laidOut) => progress.update(edition.name, laidOut),
        }),
        signal,
      );
      progress.done();
      for (const result of rendered) {
        console.log(
          `${result.edition.name}: ${result.pageCount} pages${result.edition.options.booklet ? ` (${result.bookPages} booklet pages)` : ''}, ${(result.pdf.byteLength / 1024).toFixed(0)} KB, rendered in ${result.seconds.toFixed(1)} s`,
        );
        if (result.fillable) {
          const { pdf, fileName, fields, seconds } = result.fillable;
          console.log(
            `${fileName}: ${fields} form fields, ${(pdf.byteLength / 1024).toFixed(0)} KB, post-processed in ${seconds.toFixed(1)} s`,
          );
        }
      }
      return rendered;
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

const signal = stopOnSignals();
main(signal).catch((error: unknown) => reportFailure(signal.aborted ? signal.reason : error));
