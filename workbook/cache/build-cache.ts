import path from 'node:path';
import { z } from 'astro/zod';
import type { WorkbookPages } from '../../src/schemas/workbook-pages.ts';
import type { Edition } from '../edition/standard-editions.ts';
import type { RenderedEdition } from '../render/render-edition.ts';
import { CACHE_FOLDER, cacheDisabled } from './cache-folder.ts';
import { chromiumIdentity } from './chromium-identity.ts';
import { loadOrMake } from './entry-store.ts';
import { buildInputsDigest, folderDigest, readLastBuild, writeLastBuild } from './last-build.ts';
import { epubKey } from './epub-key.ts';
import { canonicalJson, sha256 } from './digest.ts';
import { readPublishedListing, writePublishedListing } from './published-listing.ts';
import { gatherRenderInputs, type RenderInputsSource } from './render-inputs.ts';
import { renderKey } from './render-key.ts';
import { renderThroughCache, type RendersFromCache } from './render-through-cache.ts';

/** What `npm run build` reuses from its last run, each kept under a key of everything that decides it. */
export interface BuildCache {
  /**
   * Whether nothing the build is made from changed since the last finished build and `dist` is
   * still what that build left (last-build.ts), with the digest of the inputs to remember.
   */
  lastBuild(dist: string, date: Date): Promise<{ inputs: string | undefined; unchanged: boolean }>;
  /** Records, once dist/ is in place, what it was made from. */
  rememberBuild(dist: string, inputs: string | undefined): Promise<void>;
  /** The listing of the PDFs the last finished build published (published-listing.ts). */
  previousListing(): Promise<WorkbookPages | undefined>;
  /** Keeps the listing this build published, once dist/ is in place. */
  rememberListing(listing: WorkbookPages): Promise<void>;
  /** The EPUB made from the e-book source in `siteDir`, stored or made by `make`. */
  epub(siteDir: string, date: Date, siteAddress: string, make: () => Promise<Uint8Array>): Promise<Reused<Uint8Array>>;
  /**
   * Each edition's stored render, and `render`'s for the editions with none (render-through-cache.ts).
   * Each call keeps one shelf: it drops the entries of that shelf no edition asked for, so the
   * build's phases (the personal copies, then the shared books) each keep their own, and a build
   * that changes nothing renders nothing.
   */
  renders(
    shelf: RenderShelf,
    source: Omit<RenderInputsSource, 'root' | 'chromium'>,
    editions: readonly Edition[],
    render: (editions: readonly Edition[]) => Promise<RenderedEdition[]>,
  ): Promise<RendersFromCache>;
  /** An option's picture made from `inputs` (its PDF's digest, its page and how it is drawn), stored or made by `make`. */
  picture(id: string, inputs: unknown, make: () => Promise<Uint8Array>): Promise<Uint8Array>;
}

/** The build's render phases, and the sample editions the option pictures come from (workbook/pictures/). */
export type RenderShelf = 'personal' | 'shared' | 'picture-samples';

export interface Reused<T> {
  value: T;
  reused: boolean;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The build's cache in `folder`, or undefined when this build is told not to use one
 * (`--no-cache`, or WORKBOOK_NO_CACHE=1): then it renders everything and the cache is
 * left as it was.
 */
export function openBuildCache(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  folder: string = CACHE_FOLDER,
): BuildCache | undefined {
  if (cacheDisabled(argv, env)) return undefined;
  const listingFile = path.join(folder, 'workbook-pages.json');
  const lastBuildFile = path.join(folder, 'last-build.json');
  return {
    lastBuild: async (dist, date) => {
      const inputs = await buildInputsDigest(root, { date: date.toISOString(), chromium: await chromiumIdentity() });
      const last = await readLastBuild(lastBuildFile);
      const unchanged = inputs !== undefined && last?.inputs === inputs && last.dist === (await folderDigest(dist));
      return { inputs, unchanged };
    },
    rememberBuild: async (dist, inputs) => {
      const digest = await folderDigest(dist);
      if (inputs !== undefined && digest !== undefined) await writeLastBuild(lastBuildFile, { inputs, dist: digest });
    },
    previousListing: () => readPublishedListing(listingFile),
    rememberListing: (listing) => writePublishedListing(listingFile, listing),
    epub: async (siteDir, date, siteAddress, make) => {
      const key = await epubKey({ siteDir, date, siteAddress, root });
      return loadOrMake(path.join(folder, 'epub'), key, z.instanceof(Uint8Array), make, (reason) =>
        console.warn(`The stored EPUB was damaged (${reason}); making it again.`),
      );
    },
    renders: (shelf, source, editions, render) =>
      rendersIn(path.join(folder, 'renders', shelf), source, editions, render),
    picture: async (id, inputs, make) => {
      const key = sha256(canonicalJson({ inputs, chromium: await chromiumIdentity() }));
      const { value } = await loadOrMake(
        path.join(folder, 'pictures', id),
        key,
        z.instanceof(Uint8Array),
        make,
        (reason) => console.warn(`The stored picture "${id}" was damaged (${reason}); drawing it again.`),
      );
      return value;
    },
  };
}

async function rendersIn(
  folder: string,
  source: Omit<RenderInputsSource, 'root' | 'chromium'>,
  editions: readonly Edition[],
  render: (editions: readonly Edition[]) => Promise<RenderedEdition[]>,
): Promise<RendersFromCache> {
  const inputs = await gatherRenderInputs({ ...source, root, chromium: await chromiumIdentity() });
  return renderThroughCache({
    editions,
    keyOf: (edition) => renderKey(edition, inputs),
    folder,
    render,
    onDamaged: (edition, reason) =>
      console.warn(`${edition.name}: the stored PDF was damaged (${reason}); rendering it again.`),
  });
}
