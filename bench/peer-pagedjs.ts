/**
 * The stock Paged.js peer, run by the bench as a process of its own so its whole-process time
 * compares with our CLI's: `node bench/peer-pagedjs.ts <page URL> <out.pdf>`.
 * It does what pagedjs-cli's printer does (src/printer.js): open the page, set
 * `PagedConfig = { auto: false }`, inject the polyfill from node_modules, await
 * `PagedPolyfill.preview()`, print once with `page.pdf`. The page is the plain copy of our print
 * source (bench/plain-print-source.ts: no script of ours, contents by `target-counter()`), the
 * browser the same pinned Chromium with the same flags, the PDF options ours. pagedjs-cli then
 * rewrites the PDF with pdf-lib; this peer skips that, which can only flatter it. The bench serves
 * the page (our CLI serves dist/ itself, in its own time).
 * Prints one JSON line: { pages, renderSeconds } (open page → PDF bytes, as our render counts).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import { openPlainPage, printAsTheRendererDoes } from './plain-page.ts';

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node bench/peer-pagedjs.ts <page URL> <out.pdf>');
  process.exit(2);
}
// pagedjs's package exports do not list its dist files, so the polyfill is read by path, as pagedjs-cli does.
const polyfill = path.resolve(import.meta.dirname, '../node_modules/pagedjs/dist/paged.polyfill.js');
const timeoutMs = 30 * 60_000;

const browser = await launchChromium();
try {
  const started = performance.now();
  const page = await openPlainPage(browser, timeoutMs);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => {
    (window as Window & { PagedConfig?: unknown }).PagedConfig = { auto: false };
  });
  await page.addScriptTag({ path: polyfill });
  const pages = await page.evaluate(async () => {
    const { PagedPolyfill } = window as Window & { PagedPolyfill?: { preview(): Promise<unknown> } };
    if (!PagedPolyfill) throw new Error('the Paged.js polyfill did not install itself');
    await PagedPolyfill.preview();
    return document.querySelectorAll('.pagedjs_pages > .pagedjs_page').length;
  });
  if (errors.length > 0) throw new Error(`the page failed while Paged.js laid it out: ${errors.join('; ')}`);
  const pdf = await printAsTheRendererDoes(page);
  const renderSeconds = (performance.now() - started) / 1000;
  await writeFile(out, pdf);
  console.log(JSON.stringify({ pages, renderSeconds }));
} finally {
  await browser.close();
}
