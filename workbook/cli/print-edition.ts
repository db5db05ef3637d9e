import { readFile, writeFile } from 'node:fs/promises';
import { bookRenderOptions } from '../render/book-render-options.ts';
import path from 'node:path';
import { launchChromium } from '../browser/launch-chromium.ts';
import type { CliTimings } from '../contracts/cli-timings.ts';
import type { PrintManifest } from '../contracts/print-manifest.ts';
import type { EditionOptions } from '../edition/edition-schema.ts';
import { withOwnCopyPages } from '../edition/own-copy-pairing.ts';
import {
  OWN_COPY_PAGES_PATH,
  publishedOwnCopyPagesSchema,
  type PublishedOwnCopyPages,
} from '../edition/own-copy-pages.ts';
import { parseOrThrow } from '../../src/lib/friendly-error.ts';
import { createProgress } from '../io/progress.ts';
import { serveDirectory } from '../io/serve-directory.ts';
import { writeAtomically } from '../io/write-atomically.ts';
import { resolveBuildDate } from '../pdf/build-date.ts';
import { browserSupply } from '../render/browser-supply.ts';
import { loadChecks } from '../render/render-edition.ts';
import { renderWithRetry } from '../render/render-with-retry.ts';

export interface PrintRequest {
  options: EditionOptions;
  /** The PDF to write (absolute). */
  out: string;
  /** The built site to print from. */
  dist: string;
  manifest: PrintManifest;
  signal: AbortSignal;
}

/**
 * The CLI's render: one edition from the built site, through the same renderer, guards and
 * post-processing as `npm run build`, written atomically to `out`.
 */
export async function printEdition({ options, out, dist, manifest, signal }: PrintRequest): Promise<void> {
  const edition = withOwnCopyPages(
    { name: 'edition', kind: 'custom', options, fileName: path.basename(out) },
    await readOwnCopyPages(dist),
  );
  // Loads while the server and Chromium start (render-edition.ts); awaited by the render.
  loadChecks().catch(() => {});
  const server = await serveDirectory(dist, manifest.base);
  try {
    const browser = await launchChromium({ signal });
    // A browser that dies under the render is replaced once (render-with-retry.ts).
    const browsers = browserSupply(browser, () => launchChromium({ signal }));
    // Once Chromium has printed, the browser closes while Node checks the PDF, not after.
    let closing: Promise<void> | undefined;
    const closeBrowsers = () =>
      (closing ??= Promise.all([browsers.closeReplacements(), browser.close()]).then(() => {}));
    try {
      const progress = createProgress([edition.name]);
      const beforeRender = performance.now() / 1000;
      const rendered = await renderWithRetry(browsers, edition, {
        ...bookRenderOptions({ siteUrl: server.url, manifest, date: resolveBuildDate().date }),
        signal,
        onProgress: (laidOut) => progress.update(edition.name, laidOut),
        // Handled here too: the finally below awaits the same close and reports its failure.
        onLaidOut: () => void closeBrowsers().catch(() => {}),
      });
      progress.done();
      await writeAtomically(out, rendered.pdf, signal);
      const timingsFile = process.env['WORKBOOK_TIMINGS_FILE'];
      if (timingsFile) {
        // performance.now() counts from the process's start, so the bench can split its whole time.
        const timings: CliTimings = {
          beforeRender,
          render: rendered.seconds,
          parts: rendered.parts,
          ...rendered.afterRender,
          written: performance.now() / 1000,
        };
        await writeFile(timingsFile, JSON.stringify(timings));
      }
      console.log(
        `${path.relative(process.cwd(), out)}: ${rendered.pageCount} pages${rendered.formFields > 0 ? `, ${rendered.formFields} form fields` : ''}, ${(rendered.pdf.byteLength / 1024).toFixed(0)} KB, in ${rendered.seconds.toFixed(1)} s`,
      );
    } finally {
      await closeBrowsers();
    }
  } finally {
    await server.close();
  }
}

/**
 * Each prompt's page in the prebuilt personal copies, as the build published them: a shared book
 * made here with the standard chapters and writing space points to the same pages as the build's.
 * A site built without the workbook (`npm run build:site`) has none: the pointers then name no page.
 */
async function readOwnCopyPages(dist: string): Promise<PublishedOwnCopyPages | undefined> {
  const file = path.join(dist, OWN_COPY_PAGES_PATH);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : parseOrThrow(publishedOwnCopyPagesSchema, JSON.parse(text), file);
}
