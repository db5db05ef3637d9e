import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { printPagePath } from '../edition/standard-editions.ts';
import { paperIds, type PaperId } from '../page/paper-sizes.ts';
import type { ChromiumIdentity } from './chromium-identity.ts';
import { canonicalJson, sha256 } from './digest.ts';
import { pageFiles } from './page-files.ts';
import type { RenderInputs } from './render-key.ts';
import { installedVersion, sourceModules } from './source-modules.ts';

/** The print manifest in a built site (workbook/print/print-manifest-route.ts). */
export const MANIFEST_PATH = 'workbook/print/book.json';

/**
 * The modules whose code decides a render's bytes: the renderer with its guards and
 * post-processing (render-editions.ts reaches them all), how Chromium is launched, how the site
 * is served to it, the in-page runtime's sources (also bundled into the print page, so counted
 * twice on purpose), and how keys are made.
 */
export const RENDERER_ENTRIES = [
  'workbook/render/render-editions.ts',
  'workbook/browser/launch-chromium.ts',
  'workbook/io/serve-directory.ts',
  'workbook/print/runtime/print-runtime.ts',
  'workbook/cache/render-key.ts',
] as const;

/** Packages that shape a PDF without being imported by the renderer's Node code. */
const RENDERER_PACKAGES = ['pagedjs', '@sparticuz/chromium', 'playwright-core'] as const;

export interface RenderInputsSource {
  /** A built site: the print pages, their files, the manifest. */
  siteDir: string;
  /** The site's public address; its path is the base its files are served under. */
  siteAddress: { href: string; base: string };
  date: Date;
  author: string;
  keywords: readonly string[];
  /** The project's root, against which `rendererEntries` are read. */
  root: string;
  rendererEntries?: readonly string[];
  chromium: ChromiumIdentity;
}

/** Reads, from a built site and the project, everything a render's key is made of. */
export async function gatherRenderInputs(source: RenderInputsSource): Promise<RenderInputs> {
  const { siteDir } = source;
  const printPages = Object.fromEntries(
    await Promise.all(
      paperIds.map(async (paper) => {
        const files = await pageFiles(siteDir, `${printPagePath({ paper })}index.html`, source.siteAddress.base);
        return [paper, await digestFiles(siteDir, files)] as const;
      }),
    ),
  ) as Record<PaperId, string>;
  return {
    printPages,
    manifest: sha256(await readFile(path.join(siteDir, MANIFEST_PATH))),
    stamp: { author: source.author, keywords: source.keywords, date: source.date.toISOString() },
    siteAddress: source.siteAddress.href,
    renderer: await codeDigest(source.root, source.rendererEntries ?? RENDERER_ENTRIES, RENDERER_PACKAGES),
    chromium: source.chromium,
  };
}

/** The digest of some modules, every project file they import, and their packages' versions. */
export async function codeDigest(
  root: string,
  entries: readonly string[],
  extraPackages: readonly string[] = [],
): Promise<string> {
  const { files, packages } = sourceModules(root, entries);
  const versions = {
    ...packages,
    ...Object.fromEntries(extraPackages.map((name) => [name, installedVersion(root, name)])),
  };
  return sha256(canonicalJson({ code: await digestFiles(root, files), packages: versions }));
}

/** The digest of files under `dir`: each one's path and bytes. */
export async function digestFiles(dir: string, files: readonly string[]): Promise<string> {
  const digests = await Promise.all(
    files.map(async (file) => [file, sha256(await readFile(path.join(dir, file)))] as const),
  );
  return sha256(canonicalJson(digests));
}
