/**
 * The floor as a whole process, the yardstick for our CLI's: `node bench/native-print.ts <site dir>
 * <print page path> <out.pdf>` serves the built site, starts the same pinned Chromium with the same
 * flags, prints the print page with Chromium's own `page.pdf` (no Paged.js, bench/print-floor.ts)
 * and writes the PDF, as `npm run workbook` serves, starts, renders and writes. What our CLI adds
 * over this process is what it costs beyond the least a browser-made PDF takes.
 * Prints one JSON line: { pages, printSeconds }.
 */
import { writeFile } from 'node:fs/promises';
import { keepCompiledCode } from '../workbook/io/compile-cache.ts';

// As our CLI does (workbook/cli/workbook.ts), so the floor's process loads its modules as fast as ours.
keepCompiledCode();
const { launchChromium } = await import('../workbook/browser/launch-chromium.ts');
const { serveDirectory } = await import('../workbook/io/serve-directory.ts');
const { pageCount, printNatively } = await import('./print-floor.ts');

const [site, pagePath, out] = process.argv.slice(2);
if (!site || !pagePath || !out) {
  console.error('usage: node bench/native-print.ts <site dir> <print page path> <out.pdf>');
  process.exit(2);
}

const server = await serveDirectory(site);
try {
  const browser = await launchChromium();
  try {
    const { seconds, pdf } = await printNatively(browser, new URL(pagePath, server.url).href, 5 * 60_000);
    await writeFile(out, pdf);
    console.log(JSON.stringify({ pages: await pageCount(pdf), printSeconds: seconds }));
  } finally {
    await browser.close();
  }
} finally {
  await server.close();
}
