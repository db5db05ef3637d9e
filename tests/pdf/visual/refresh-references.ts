/**
 * `npm run visual:refresh`: renders the pinned pages of the published PDFs (run `npm run build`
 * first) and overwrites tests/fixtures/visual/. Look at every image before committing it.
 */
import path from 'node:path';
import { compactPng, writeImage } from './compare-png.ts';
import { referencePng, visualPapers } from './references.ts';
import { openPdfRenderer } from './render-pdf-pages.ts';
import { snapshotPages } from './snapshot-pages.ts';

async function main(): Promise<void> {
  const renderer = await openPdfRenderer();
  try {
    for (const paper of visualPapers) {
      for (const { page, number, png } of await snapshotPages(renderer, paper)) {
        const file = referencePng(paper, page.name);
        const bytes = compactPng(png);
        writeImage(file, bytes);
        console.log(
          `${path.relative(process.cwd(), file)}  page ${number}  ${(bytes.byteLength / 1024).toFixed(0)} KB`,
        );
      }
    }
  } finally {
    await renderer.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
