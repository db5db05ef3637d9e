/**
 * `npm run build`: the site, the workbook PDFs and the EPUB, and the site again with the PDFs'
 * real page numbers and sizes, then `dist/` replaced in one step. What has not changed since the
 * last build is reused from the cache (workbook/cache/; `--no-cache` renders everything). A
 * failure at any point leaves the previous `dist/` as it was and no PDF claiming to be current.
 * Ctrl-C or SIGTERM stops every step (the site build, Chromium, the renders), removes the work
 * folder and exits 130.
 */
import { bookRenderOptions } from './render/book-render-options.ts';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type * as LaunchChromiumModule from './browser/launch-chromium.ts';
import type * as ServeDirectoryModule from './io/serve-directory.ts';
import type * as RenderEditionsModule from './render/render-editions.ts';
import { browserSupply, type BrowserSupply } from './render/browser-supply.ts';
import { book } from '../src/lib/book.ts';
import { parseOrThrow } from '../src/lib/friendly-error.ts';
import { siteAddress } from '../src/lib/site.ts';
import { exampleAddressWarning, resolveSiteAddress } from '../src/lib/site-address.ts';
import { openBuildCache, type BuildCache, type RenderShelf } from './cache/build-cache.ts';
import type { RendersFromCache } from './cache/render-through-cache.ts';
import type { MadePicture } from './pictures/make-pictures.ts';
import { PICTURES_PATH } from '../src/lib/option-pictures.ts';
import { sameListing } from './cache/published-listing.ts';
import { printManifestSchema, type PrintManifest } from './contracts/print-manifest.ts';
import { WORKBOOK_PAGES_ENV, type WorkbookPages } from '../src/schemas/workbook-pages.ts';
import { standardEditions, type Edition } from './edition/standard-editions.ts';
import { reportFailure, stopOnSignals } from './io/cancellation.ts';
import { injectStop } from './io/faults.ts';
import { acquireBuildLock } from './io/build-lock.ts';
import { createProgress } from './io/progress.ts';
import { writeAtomically } from './io/write-atomically.ts';
import { paperSizes } from './page/paper-sizes.ts';
import { resolveBuildDate } from './pdf/build-date.ts';
import { EPUB_FILE_NAME } from './epub/package-epub.ts';
import { startSiteBuilder, type SiteBuilder } from './site/site-builder.ts';
import type { RenderedEdition } from './render/render-edition.ts';
import { ownCopyPagesOf, withOwnCopyPages } from './edition/own-copy-pairing.ts';
import { OWN_COPY_PAGES_PATH } from './edition/own-copy-pages.ts';
import type { MadeSet } from './set/make-set.ts';
import { standardSets, type StandardSet } from './set/standard-sets.ts';

const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, '.build');
const dist = path.join(root, 'dist');
/** Held while a build runs (io/build-lock.ts): a second build in this folder refuses to start. */
const lockFile = path.join(root, '.build.lock');

async function main(signal: AbortSignal): Promise<void> {
  const lock = await acquireBuildLock(lockFile);
  try {
    await build(signal);
  } catch (error) {
    // Stopped: the half-made site and PDFs go; dist/ is untouched until the final rename.
    if (signal.aborted) await rm(work, { recursive: true, force: true });
    throw error;
  } finally {
    await lock.release();
  }
}

async function build(signal: AbortSignal): Promise<void> {
  const started = performance.now();
  // Checked before anything is built: a bad SITE_URL stops here with one line.
  const warning = exampleAddressWarning(resolveSiteAddress(process.env['SITE_URL'], book.siteUrl));
  if (warning) console.warn(warning);
  // Started first: it loads Astro on the other core while the cache is checked.
  const siteBuilder = startSiteBuilder(root, signal);
  try {
    await buildWith(siteBuilder, signal, started);
  } finally {
    siteBuilder.close();
  }
}

async function buildWith(siteBuilder: SiteBuilder, signal: AbortSignal, started: number): Promise<void> {
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const { date, source } = resolveBuildDate();
  const cache = openBuildCache(process.argv.slice(2), process.env);
  const last = await cache?.lastBuild(dist, date);
  const previous = await cache?.previousListing();
  if (last?.unchanged && previous) {
    const names = previous.editions.map((edition) => edition.name);
    console.log(`reused ${names.length} editions from the cache: ${names.join(', ')}`);
    console.log(`nothing changed since the last build: dist/ is current (${elapsed()})`);
    return;
  }
  // A build that gets this far may render: the renderer's modules and Chromium start now.
  const renderer = startRenderer(signal);
  try {
    await rm(work, { recursive: true, force: true });
    await mkdir(path.join(work, 'downloads'), { recursive: true });

    // Built with the last published listing: when the renders give it again, this is the final site.
    const firstPass = path.join(work, 'site-for-print');
    await siteBuilder.build(
      firstPass,
      previous ? { [WORKBOOK_PAGES_ENV]: await writeListing('previous', previous) } : {},
    );
    console.log(`site built for the print source (${elapsed()})`);

    // The e-book's source does not depend on the PDFs, so the first build's serves, and the second
    // build can list the EPUB with its size.
    const makeEpub = async () => {
      injectStop('epub');
      return (await import('./epub/build-epub.ts')).buildEpub(firstPass, date);
    };
    const { value: epub, reused: epubReused } = cache
      ? await cache.epub(firstPass, date, siteAddress.href, makeEpub)
      : { value: await makeEpub(), reused: false };
    await writeAtomically(path.join(work, 'downloads', EPUB_FILE_NAME), epub, signal);
    console.log(
      `${EPUB_FILE_NAME}: ${(epub.byteLength / 1024).toFixed(0)} KB${epubReused ? ', reused from the cache' : ''} (${elapsed()})`,
    );

    const manifestFile = path.join(firstPass, 'workbook/print/book.json');
    const manifest = parseOrThrow(printManifestSchema, JSON.parse(await readFile(manifestFile, 'utf8')), manifestFile);
    const render = (editions: readonly Edition[]) => renderAll(renderer, firstPass, manifest, editions, date, signal);
    const renderThroughCache = async (shelf: RenderShelf, editions: readonly Edition[]) =>
      cache
        ? await cache.renders(
            shelf,
            { siteDir: firstPass, siteAddress, date, author: book.author, keywords: book.keywords },
            editions,
            render,
          )
        : { results: await render(editions), reused: [] };
    // The personal copies first: the shared books print the page of each prompt in them.
    const personal = await renderThroughCache(
      'personal',
      standardEditions.filter((edition) => edition.kind === 'personal'),
    );
    const ownCopyPages = ownCopyPagesOf(personal.results);
    // The pictures' sample edition renders beside the shared books, filling the cores their tail leaves idle.
    const samples = renderPictureSamples(renderer, firstPass, manifest, cache, date, signal);
    // Awaited below; a failure of the shared renders first must not leave it unhandled.
    samples.catch(() => {});
    const shared = await renderThroughCache(
      'shared',
      standardEditions
        .filter((edition) => edition.kind !== 'personal')
        .map((edition) => withOwnCopyPages(edition, ownCopyPages)),
    );
    const byName = new Map([...personal.results, ...shared.results].map((result) => [result.edition.name, result]));
    const rendered = standardEditions.map((edition) => byName.get(edition.name)!);
    const reused = [...personal.reused, ...shared.reused];
    // The sets join the renders just made (never rendering a book again); only their front sheets print here.
    const sets = await makeSets(renderer, firstPass, manifest, byName, date, signal);
    // Drawn before Chromium closes: the pictures of each option on /counselors/ (workbook/pictures/).
    const pictures = await makePictures(
      renderer,
      [
        ...rendered,
        ...sets.map((made) => ({ fileName: made.set.fileName, pdf: made.pdf })),
        ...(await samples).results,
      ],
      cache,
    );
    console.log(
      `${pictures.made.length} option pictures: ${pictures.drawn} drawn in ${pictures.seconds.toFixed(1)} s (${elapsed()})`,
    );
    // Closed now: the second site build needs the cores more than an idle Chromium needs memory.
    await closeRenderer(renderer);
    if (reused.length > 0)
      console.log(`reused ${reused.length} editions from the cache: ${reused.join(', ')} (${elapsed()})`);

    injectStop('pdfs');
    for (const result of rendered) {
      await writeAtomically(path.join(work, 'downloads', result.edition.fileName), result.pdf, signal);
      if (result.fillable)
        await writeAtomically(path.join(work, 'downloads', result.fillable.fileName), result.fillable.pdf, signal);
    }
    for (const made of sets) await writeAtomically(path.join(work, 'downloads', made.set.fileName), made.pdf, signal);
    await mkdir(path.join(work, 'pictures'), { recursive: true });
    for (const { picture, png } of pictures.made)
      await writeAtomically(path.join(work, 'pictures', `${picture.id}.png`), png, signal);
    const pages = listingOf(rendered, epub);
    pages.editions.unshift(...setListings(sets));
    pages.pictures = pictures.made.map(({ picture }) => picture.id);
    console.log(`${pages.editions.length} PDFs ready (${elapsed()})`);

    let site: string;
    if (previous && sameListing(previous, pages)) {
      // The first site was built with this very listing, so building it again would give the same site.
      site = firstPass;
      console.log('the PDFs are listed as the first site build listed them: it is the final site');
    } else {
      site = path.join(work, 'site');
      await siteBuilder.build(site, { [WORKBOOK_PAGES_ENV]: await writeListing('final', pages) });
      console.log(`site built with the PDFs' pages and sizes (${elapsed()})`);
    }
    await cp(path.join(work, 'downloads'), path.join(site, 'downloads'), { recursive: true });
    await cp(path.join(work, 'pictures'), path.join(site, PICTURES_PATH), { recursive: true });
    // For the CLI: a shared book it makes points to the same pages as the build's (own-copy-pairing.ts).
    await writeFile(path.join(site, OWN_COPY_PAGES_PATH), `${JSON.stringify(ownCopyPages)}\n`);

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
  } finally {
    await closeRenderer(renderer);
  }
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

/** The sets, listed first: what the workbook page offers before the books they join. */
function setListings(sets: readonly MadeStandardSet[]): WorkbookPages['editions'] {
  return sets.map(({ set, pdf, pageCount }) => ({
    name: set.name,
    kind: 'set',
    for: 'couple',
    paper: set.paper,
    paperLabel: paperSizes[set.paper].label,
    fileName: set.fileName,
    pageCount,
    bookPages: pageCount,
    bytes: pdf.byteLength,
    chapters: [],
  }));
}

interface MadeStandardSet extends MadeSet {
  set: StandardSet;
}

/** Each prebuilt set, from the finished renders by edition name: its front sheet printed in the renderer's Chromium. */
async function makeSets(
  renderer: Renderer,
  siteDir: string,
  manifest: PrintManifest,
  byName: ReadonlyMap<string, RenderedEdition>,
  date: Date,
  signal: AbortSignal,
): Promise<MadeStandardSet[]> {
  const [{ serveDirectory }] = await renderer.modules;
  const { makeSet, setDocumentInfo } = await import('./set/make-set.ts');
  const server = await serveDirectory(siteDir, manifest.base);
  try {
    const browser = await liveBrowser(renderer);
    const made: MadeStandardSet[] = [];
    for (const set of standardSets) {
      const result = await makeSet(browser, {
        siteUrl: server.url,
        paper: set.paper,
        books: set.books.map((edition) => byName.get(edition.name)!.pdf),
        info: setDocumentInfo(manifest.title, set.paper),
        language: manifest.language,
        date,
        signal,
      });
      console.log(`${set.name}: ${result.pageCount} pages, ${(result.pdf.byteLength / 1024).toFixed(0)} KB, joined`);
      made.push({ set, ...result });
    }
    return made;
  } finally {
    await server.close();
  }
}

/**
 * The sample editions the option pictures need beyond the published PDFs (workbook/pictures/),
 * stored in the cache like every render, rendered without a progress line of their own (they run
 * beside the shared books, whose line it would interrupt).
 */
async function renderPictureSamples(
  renderer: Renderer,
  siteDir: string,
  manifest: PrintManifest,
  cache: BuildCache | undefined,
  date: Date,
  signal: AbortSignal,
): Promise<RendersFromCache> {
  const { pictureSampleEditions } = await import('./pictures/picture-samples.ts');
  const editions = pictureSampleEditions(manifest.chapters.length);
  const render = (samples: readonly Edition[]) =>
    renderAll(renderer, siteDir, manifest, samples, date, signal, { progressLine: false });
  return cache
    ? await cache.renders(
        'picture-samples',
        { siteDir, siteAddress, date, author: book.author, keywords: book.keywords },
        editions,
        render,
      )
    : { results: await render(editions), reused: [] };
}

/**
 * The option pictures, each drawn from the PDF it shows: a published one (`pdfs`, by file name,
 * fillable twins included) or a sample edition (by its name). A picture whose PDF did not change
 * is taken from the cache undrawn.
 */
async function makePictures(
  renderer: Renderer,
  sources: readonly (RenderedEdition | { fileName: string; pdf: Uint8Array })[],
  cache: BuildCache | undefined,
): Promise<{ made: MadePicture[]; drawn: number; seconds: number }> {
  const started = performance.now();
  const { makeOptionPictures } = await import('./pictures/make-pictures.ts');
  const pdfs = new Map<string, Uint8Array>();
  for (const item of sources) {
    if ('edition' in item) {
      pdfs.set(item.edition.fileName, item.pdf);
      if (item.fillable) pdfs.set(item.fillable.fileName, item.fillable.pdf);
    } else pdfs.set(item.fileName, item.pdf);
  }
  let drawn = 0;
  const made = await makeOptionPictures({
    pdfs,
    browser: () => liveBrowser(renderer),
    store: (id, inputs, make) => {
      const counted = async () => {
        drawn += 1;
        return make();
      };
      return cache ? cache.picture(id, inputs, counted) : counted();
    },
  });
  return { made, drawn, seconds: (performance.now() - started) / 1000 };
}

/** Writes a listing for a site build to read (WORKBOOK_PAGES_ENV) and returns its path. */
async function writeListing(name: string, listing: WorkbookPages): Promise<string> {
  const file = path.join(work, `workbook-pages.${name}.json`);
  await writeFile(file, `${JSON.stringify(listing, null, 2)}\n`);
  return file;
}

/**
 * The renderer's modules and its Chromium, started when first asked for, and asked for as soon
 * as a build may render (while the first site build runs on the other core), so neither waits
 * for the other. A build that renders nothing never loads them. Every step that needs Chromium
 * (the renders, the sets' front sheets, the pictures) takes it from one supply, so after a crash
 * that a render survived in a fresh browser, the later steps use that one, not the dead one.
 */
interface Renderer {
  modules: Promise<RendererModules>;
  /** The browser launched first, the build's to close; the supply closes any it launched after a crash. */
  first: Promise<Browser>;
  browsers: BrowserSupply;
}

type RendererModules = [typeof ServeDirectoryModule, typeof LaunchChromiumModule, typeof RenderEditionsModule];

function startRenderer(signal: AbortSignal): Renderer {
  const modules: Promise<RendererModules> = Promise.all([
    import('./io/serve-directory.ts'),
    import('./browser/launch-chromium.ts'),
    import('./render/render-editions.ts'),
  ]);
  // The checks and post-processing load now too, while Astro builds the site, not in the first
  // layouts; a failure to load is reported by the render that awaits them.
  void import('./render/render-edition.ts').then(({ loadChecks }) => loadChecks()).catch(() => {});
  const launch = async () => (await modules)[1].launchChromium({ signal });
  const first = launch();
  // Awaited by renderAll or closed by closeRenderer; a failure is reported there, not here.
  first.catch(() => {});
  return { modules, first, browsers: browserSupply(first, launch) };
}

/** The supply's browser, or a fresh one in its place if it died since (a crash between renders). */
async function liveBrowser(renderer: Renderer): Promise<Browser> {
  const browser = await renderer.browsers.current();
  return browser.isConnected() ? browser : renderer.browsers.replace(browser);
}

async function closeRenderer(renderer: Renderer | undefined): Promise<void> {
  if (!renderer) return;
  const first = await renderer.first.catch(() => undefined);
  await first?.close();
  await renderer.browsers.closeReplacements();
}

/** Serves the first site build and renders `editions` from it in one Chromium, with a progress line. */
async function renderAll(
  renderer: Renderer,
  siteDir: string,
  manifest: PrintManifest,
  editions: readonly Edition[],
  date: Date,
  signal: AbortSignal,
  { progressLine = true }: { progressLine?: boolean } = {},
): Promise<RenderedEdition[]> {
  const [{ serveDirectory }, , { renderEditions }] = await renderer.modules;
  const server = await serveDirectory(siteDir, manifest.base);
  try {
    const progress = progressLine
      ? createProgress(editions.map((edition) => edition.name))
      : { update: () => {}, done: () => {} };
    const rendered = await renderEditions(
      renderer.browsers,
      editions,
      (edition) => ({
        ...bookRenderOptions({ siteUrl: server.url, manifest, date }),
        onProgress: (laidOut) => {
          injectStop('renders');
          progress.update(edition.name, laidOut);
        },
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
    await server.close();
  }
}

const signal = stopOnSignals();
main(signal).catch((error: unknown) => reportFailure(signal.aborted ? signal.reason : error));
