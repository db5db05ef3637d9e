import path from 'node:path';
import { bookRenderOptions } from '../render/book-render-options.ts';
import { roleIds } from '../../src/lib/readers.ts';
import { copyName } from '../../src/lib/set-strings.ts';
import { launchChromium } from '../browser/launch-chromium.ts';
import { ownCopyPagesOf } from '../edition/own-copy-pairing.ts';
import type { Edition } from '../edition/standard-editions.ts';
import { createProgress } from '../io/progress.ts';
import { serveDirectory } from '../io/serve-directory.ts';
import { writeAtomically } from '../io/write-atomically.ts';
import { resolveBuildDate } from '../pdf/build-date.ts';
import { browserSupply } from '../render/browser-supply.ts';
import { loadChecks, type RenderedEdition } from '../render/render-edition.ts';
import { renderWithRetry } from '../render/render-with-retry.ts';
import { makeSet, setDocumentInfo } from '../set/make-set.ts';
import type { PrintRequest } from './print-edition.ts';

/**
 * The CLI's set (--set): the two personal copies, then the shared book pointing to their pages,
 * each through the same renderer and guards as any edition, then joined behind a front sheet
 * (workbook/set/). The copies are discreet outside, as the prebuilt ones are; the other settings
 * (paper, practice, chapters, writing space…) apply to all three books.
 */
export async function printSet({ options, out, dist, manifest, signal }: PrintRequest): Promise<void> {
  // For a print shop each book has its boxes, marks and imprint line; makeSet gives the front sheet
  // and the blanks theirs.
  const books = { ...options, set: false };
  const copies: Edition[] = roleIds.map((reader, index) => ({
    name: copyName(index).toLowerCase().replace(' ', '-'),
    kind: 'personal',
    options: { ...books, for: reader, discreet: true },
    fileName: path.basename(out),
  }));
  // Loads while the server and Chromium start (render-edition.ts); awaited by the first render.
  loadChecks().catch(() => {});
  const server = await serveDirectory(dist, manifest.base);
  try {
    const browser = await launchChromium({ signal });
    const browsers = browserSupply(browser, () => launchChromium({ signal }));
    try {
      const date = resolveBuildDate().date;
      const progress = createProgress([...copies.map((copy) => copy.name), 'shared']);
      const render = (edition: Edition) =>
        renderWithRetry(browsers, edition, {
          ...bookRenderOptions({ siteUrl: server.url, manifest, date }),
          signal,
          onProgress: (laidOut) => progress.update(edition.name, laidOut),
        });
      const rendered: RenderedEdition[] = [];
      for (const copy of copies) rendered.push(await render(copy));
      // The shared book points to the pages of these very copies, whatever the chapters and writing space.
      const shared = await render({
        name: 'shared',
        kind: 'custom',
        options: books,
        fileName: path.basename(out),
        ownCopyPages: ownCopyPagesOf(rendered)[options.paper] ?? {},
      });
      progress.done();
      const started = performance.now();
      // The browser the books ended in: a crash mid-render replaces the first one.
      const set = await makeSet(await browsers.current(), {
        siteUrl: server.url,
        paper: options.paper,
        ...(options.printShop ? { printShop: { bleedMm: Number(options.bleed) } } : {}),
        books: [shared.pdf, ...rendered.map((copy) => copy.pdf)],
        info: setDocumentInfo(manifest.title, options.paper),
        language: manifest.language,
        date,
        signal,
      });
      await writeAtomically(out, set.pdf, signal);
      const seconds = [shared, ...rendered].reduce((total, book) => total + book.seconds, 0);
      console.log(
        `${path.relative(process.cwd(), out)}: ${set.pageCount} pages (the shared book ${shared.pageCount}, ${rendered.map((copy, index) => `${copyName(index)} ${copy.pageCount}`).join(', ')}), ${(set.pdf.byteLength / 1024).toFixed(0)} KB, rendered in ${seconds.toFixed(1)} s, joined in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    } finally {
      await browsers.closeReplacements();
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
