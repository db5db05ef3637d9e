/**
 * `node bench/profile-render.ts [--paper letter|a4] [--dist dist] [--top 15] [--native]`: where one render of
 * the workbook spends its time. Prints the phase times (as paginate() measures them), the
 * functions with the most self time in the page's JavaScript from load to the end of layout (the
 * DevTools protocol's sampling profiler), and the renderer's busiest trace events during
 * `page.pdf` (Chromium's own layout, paint and PDF work, which no JavaScript profile shows).
 * One run, on whatever load the machine has: for a comparison, use bench/compare-renders.ts.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession } from 'playwright-core';
import { launchChromium } from '../workbook/browser/launch-chromium.ts';
import { printPagePath } from '../workbook/edition/standard-editions.ts';
import { defaultEdition } from '../workbook/edition/edition-schema.ts';
import { paperIds, type PaperId } from '../workbook/page/paper-sizes.ts';
import { serveDirectory } from '../workbook/io/serve-directory.ts';
import { applyEditionIn, renderSignal } from '../workbook/render/paginate.ts';
import { loadPrintPage, openPrintPage, printPaginated, stopwatch } from '../workbook/render/print-page.ts';
import { printAsTheRendererDoes } from './plain-page.ts';
import { selfTimes, type CpuProfile } from './profile-self-time.ts';
import { busiestTraceEvents } from './trace-self-time.ts';

const { values } = parseArgs({
  options: {
    paper: { type: 'string', default: 'letter' },
    dist: { type: 'string', default: 'dist' },
    top: { type: 'string', default: '15' },
    native: { type: 'boolean', default: false },
  },
});
if (!paperIds.includes(values.paper as PaperId))
  throw new Error(`--paper must be one of ${paperIds.join(', ')}, received "${values.paper}"`);
const paper = values.paper as PaperId;
const top = Number(values.top);

const TRACE_CATEGORIES = ['devtools.timeline', 'blink', 'blink.user_timing', 'v8.execute', 'loading'];

const server = await serveDirectory(path.resolve(values.dist));
const browser = await launchChromium();
const traceEvents = async () =>
  (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: unknown[] }).traceEvents;
try {
  const url = new URL(printPagePath({ paper }), server.url).href;
  const printPage = await openPrintPage(browser, url, renderSignal({}, url), () => {});
  const cdp: CDPSession = await printPage.page.context().newCDPSession(printPage.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(printPage.page, { categories: TRACE_CATEGORIES });
  const lap = stopwatch();
  await loadPrintPage(printPage, url);
  await applyEditionIn(printPage, { ...defaultEdition, paper });
  const load = lap();
  // --native: the floor's way, Chromium's own pagination of the source, for comparison.
  const { pageCount } = values.native
    ? await printPage.page.evaluate(async () => {
        await document.fonts.ready;
        return { pageCount: 0 };
      })
    : (await printPage.call('paginate', {}), await printPage.call('finish', {}));
  const layout = lap();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const layoutTrace = await traceEvents();
  await browser.startTracing(printPage.page, { categories: TRACE_CATEGORIES });
  lap();
  // The native page was never laid out by Paged.js, so it has nothing to make ready to print.
  await (values.native ? printAsTheRendererDoes(printPage.page) : printPaginated(printPage));
  const print = lap();
  const printTrace = await traceEvents();
  await printPage.close();

  console.log(
    `${paper}${values.native ? ' (native)' : ''}: ${pageCount} pages · load ${load.toFixed(2)} s · layout ${layout.toFixed(2)} s · print ${print.toFixed(2)} s`,
  );
  console.log(`\nJavaScript, load and layout: top ${top} by self time (ms)`);
  for (const row of selfTimes(profile).slice(0, top)) console.log(`${row.ms.toFixed(0).padStart(7)}  ${row.name}`);
  for (const [phase, events] of [
    ['load and layout', layoutTrace],
    ['page.pdf', printTrace],
  ] as const) {
    console.log(`\n${phase}: Chromium's top ${top} trace events by self time (ms)`);
    for (const row of busiestTraceEvents(events).slice(0, top))
      console.log(`${row.ms.toFixed(0).padStart(7)}  ${row.name} ×${row.count}`);
  }
} finally {
  await browser.close();
  await server.close();
}
