import { KB, kb, seconds } from './format.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseCategory } from './lighthouse-scores.ts';
import { STOCK_PAGEDJS, VIVLIOSTYLE, type BenchResults, type BenchSection } from './results.ts';

export type BudgetStatus = 'pass' | 'fail' | 'skip';

export interface BudgetResult {
  budget: string;
  status: BudgetStatus;
  /** What was measured, or why nothing was. */
  actual: string;
}

const PAGE_SENT_LIMIT = 16 * KB;
/**
 * The print studio, a counselor's tool rather than a reading page, validates every edition with
 * the same zod schema as the CLI (workbook/edition/edition-fields.ts): zod is 18 KB gzip of its
 * JavaScript, and the print page in its preview loads the same chunk. The budgets were 32 KB of
 * JavaScript and 40 KB sent (29.7 KB and 38.6 KB measured) until the practice's logo and the
 * counselor's page settings took them to 38.0 KB and 48.9 KB. The logo's reader and SVG
 * sanitiser now load on the first file chosen, and the page scripts' zod leaves out its JSON
 * Schema generator (src/integrations/zod-json-schema-stays-on-server.ts): 32.4 KB and 43.2 KB.
 * What is left over the old budgets is what every edition is checked with (the new fields, their
 * checks and the zod types they use, the logo's rules) and the new fields' markup in the page
 * (10.4 KB gzip with its inline CSS); none of it can wait without validating later than the
 * preview needs it or splitting the one schema. So the budgets are those figures plus 2 %.
 */
const STUDIO_JS_LIMIT = 33 * KB;
const STUDIO_SENT_LIMIT = 44 * KB;
/**
 * Every page but the print studio and the search page sends one script, the quick exit
 * (src/scripts/quick-exit.ts, 0.3 KB gzip): reading needs none, leaving in a hurry is the one
 * thing it adds.
 */
const READING_JS_LIMIT = 1 * KB;
const STUDIO_PATH = '/workbook/studio/';
/**
 * /search/ is allowed its own script besides the quick exit (src/scripts/search.ts). Pagefind's
 * code, its WebAssembly and the index are fetched only when a reader searches, so they are not
 * in this figure (the README gives their weight for a first search).
 */
const SEARCH_PATH = '/search/';
const SEARCH_JS_LIMIT = 2 * KB;
const FONTS_LIMIT = 100 * KB;
/**
 * Render ÷ floor (Chromium's own print of the same page), issue 14's targets: 3 for the real book
 * (Letter and A4), 5 at 30×. Neither is met reliably, even after the fonts were loaded at Paged.js's
 * own font step and Chromium stopped compositing in software (README, "Where the render's time
 * goes"), so, as the issue allows, each budget is the best reliable figure + 10 %, never looser
 * than 4 and 6. The book: Letter 2.82 and A4 2.88 in one quiet run (`--runs 1 --scale 1,10`),
 * 3.02 and 2.97 in the next (`--runs 3 --scale 1`), 2.93 and 2.87 in a third; its floor is only
 * 0.6–0.7 s. Budget 2.88 × 1.1 = 3.17. 30×: the render fell from 41.1 s to 25.6–29.4 s, but the
 * floor is 4.6–5.3 s in most runs (7.4 s in one, which read 3.86); the median of 3 runs
 * (`--runs 3 --scale 30`, 2026-11-30) is 5.56, + 10 % = 6.12, past the ceiling: budget 6.
 */
export const RENDER_RATIO_BOOK = 3.17;
export const RENDER_RATIO_AT_30X = 6;
/**
 * Render seconds per chapter at 30× over the same at 10×. Linear growth keeps it near 1; 10× is
 * the baseline because at 1× the fixed costs (a fresh page, parsing Paged.js) hide the growth.
 */
const GROWTH_LIMIT = 1.5;
/** `npm run build` with its render cache removed, and again at once with nothing changed (issue 14). */
export const COLD_BUILD_LIMIT = 25;
export const WARM_BUILD_LIMIT = 8;
/**
 * Our CLI's whole process against each peer's (bench/measure-peers.ts), at every size the issue
 * names: faster than each, and at 30× at least this many times faster than stock Paged.js.
 */
export const PEER_SIZES = [1, 10, 30] as const;
export const SPEEDUP_OVER_STOCK_AT_30X = 2;
/** The studio's wait for the whole book's preview, from opening its address (issue 14). */
export const STUDIO_WHOLE_BOOK_LIMIT = 2.5;
const LIGHTHOUSE_MINIMUM: Record<LighthouseCategory, number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/**
 * The performance budgets. A figure the run was told not to measure (--skip, or a --scale
 * without that size) is skipped; one that could not be measured (a tool or a peer failed) fails,
 * so a broken tool never passes a budget.
 */
export function evaluateBudgets(results: BenchResults): BudgetResult[] {
  const checks: BudgetResult[] = [];
  const check = (budget: string, pass: boolean, actual: string) =>
    checks.push({ budget, status: pass ? 'pass' : 'fail', actual });
  const skip = (budget: string, actual: string) => checks.push({ budget, status: 'skip', actual });
  const skipped = (section: BenchSection) => results.skipped.includes(section);
  const notMeasured = (section: BenchSection) => `not measured: --skip ${section}`;

  if (skipped('pages')) skip('reading pages, the studio and web fonts within their weights', notMeasured('pages'));
  else checkPageWeights(results, check);

  if (skipped('editions'))
    skip(`each workbook edition: render ÷ floor ≤ ${RENDER_RATIO_BOOK}`, notMeasured('editions'));
  for (const edition of results.editions) {
    check(
      `${edition.name}: render ÷ floor ≤ ${RENDER_RATIO_BOOK}`,
      edition.ratio <= RENDER_RATIO_BOOK,
      `${edition.ratio.toFixed(2)}`,
    );
  }

  const ten = results.scaling.find((scale) => scale.factor === 10);
  const thirty = results.scaling.find((scale) => scale.factor === 30);
  const ratioBudget = `render ÷ floor ≤ ${RENDER_RATIO_AT_30X} at 30× content`;
  const growthBudget = `linear growth: render s/chapter at 30× ≤ ${GROWTH_LIMIT} × at 10×`;
  const scalingMissing = skipped('scaling') ? notMeasured('scaling') : undefined;
  if (thirty) check(ratioBudget, thirty.ratio <= RENDER_RATIO_AT_30X, `${thirty.ratio.toFixed(2)} (${thirty.edition})`);
  else skip(ratioBudget, scalingMissing ?? 'not measured: --scale did not include 30');
  if (ten && thirty) {
    const growth = thirty.renderPerChapter / ten.renderPerChapter;
    check(
      growthBudget,
      growth <= GROWTH_LIMIT,
      `${growth.toFixed(2)} × (${seconds(thirty.renderPerChapter, 3)} vs ${seconds(ten.renderPerChapter, 3)} per chapter)`,
    );
  } else skip(growthBudget, scalingMissing ?? 'not measured: --scale did not include both 10 and 30');

  const coldBudget = `full build, cold (no render cache) ≤ ${COLD_BUILD_LIMIT} s`;
  const warmBudget = `full build, warm (nothing changed) ≤ ${WARM_BUILD_LIMIT} s`;
  if (results.builds) {
    check(coldBudget, results.builds.cold.median <= COLD_BUILD_LIMIT, seconds(results.builds.cold.median, 1));
    check(warmBudget, results.builds.warm.median <= WARM_BUILD_LIMIT, seconds(results.builds.warm.median, 1));
  } else {
    skip(coldBudget, notMeasured('build'));
    skip(warmBudget, notMeasured('build'));
  }

  checks.push(...peerBudgets(results));

  const studioBudget = `studio: whole book's preview ready ≤ ${STUDIO_WHOLE_BOOK_LIMIT} s after opening`;
  if (results.studio) {
    check(
      studioBudget,
      results.studio.wholeBook.median <= STUDIO_WHOLE_BOOK_LIMIT,
      seconds(results.studio.wholeBook.median, 2),
    );
  } else skip(studioBudget, notMeasured('studio'));

  for (const category of LIGHTHOUSE_CATEGORIES) {
    const minimum = LIGHTHOUSE_MINIMUM[category];
    const budget = `Lighthouse ${category} ${minimum === 100 ? '= 100' : `≥ ${minimum}`}`;
    if (skipped('lighthouse')) {
      skip(budget, notMeasured('lighthouse'));
      continue;
    }
    if (results.lighthouse.length === 0) {
      check(budget, false, 'not measured: no page was audited');
      continue;
    }
    const scores = results.lighthouse.map((audit): { path: string; score?: number; error?: string } =>
      'scores' in audit
        ? { path: audit.path, score: audit.scores[category] }
        : { path: audit.path, error: audit.error },
    );
    const failures = scores.filter((entry) => entry.score === undefined || entry.score < minimum);
    check(
      budget,
      failures.length === 0,
      scores.map((entry) => `${entry.path} ${entry.score ?? `not measured (${entry.error})`}`).join(', '),
    );
  }
  return checks;
}

type Check = (budget: string, pass: boolean, actual: string) => void;

function checkPageWeights(results: BenchResults, check: Check): void {
  const reading = results.pages.filter((page) => page.path !== STUDIO_PATH);
  const heaviest = [...reading].sort((a, b) => b.transfer.gzip - a.transfer.gzip)[0];
  if (heaviest) {
    check(
      'reading page HTML+CSS+JS ≤ 16 KB gzip',
      heaviest.transfer.gzip <= PAGE_SENT_LIMIT,
      `${kb(heaviest.transfer.gzip)} (${heaviest.path})`,
    );
  }
  const mostReadingJs = [...reading]
    .filter((page) => page.path !== SEARCH_PATH)
    .sort((a, b) => b.js.gzip - a.js.gzip)[0];
  const search = results.pages.find((page) => page.path === SEARCH_PATH);
  if (search) {
    check(
      'JS on /search/ before a search (the quick exit and the search code) ≤ 2 KB gzip',
      search.js.gzip <= SEARCH_JS_LIMIT,
      kb(search.js.gzip),
    );
  }
  if (mostReadingJs) {
    check(
      'JS on every page but the studio and /search/ (the quick exit) ≤ 1 KB gzip',
      mostReadingJs.js.gzip <= READING_JS_LIMIT,
      `${kb(mostReadingJs.js.gzip)} (${mostReadingJs.path})`,
    );
  }
  const studio = results.pages.find((page) => page.path === STUDIO_PATH);
  if (studio) {
    check('print studio JS ≤ 33 KB gzip', studio.js.gzip <= STUDIO_JS_LIMIT, kb(studio.js.gzip));
    check('print studio HTML+CSS+JS ≤ 44 KB gzip', studio.transfer.gzip <= STUDIO_SENT_LIMIT, kb(studio.transfer.gzip));
  }
  check(
    'web fonts ≤ 100 KB of woff2 in total',
    results.fonts.bytes <= FONTS_LIMIT,
    `${kb(results.fonts.bytes)} in ${results.fonts.files.length} files`,
  );
}

/**
 * Our CLI's whole process faster than each peer's at every size, and at 30× at least
 * SPEEDUP_OVER_STOCK_AT_30X times faster than stock Paged.js. Speed-up = peer ÷ ours.
 */
export function peerBudgets(results: Pick<BenchResults, 'peers' | 'scales' | 'skipped'>): BudgetResult[] {
  const checks: BudgetResult[] = [];
  for (const size of PEER_SIZES) {
    const comparison = results.peers.find((entry) => entry.factor === size);
    const peerNames = comparison?.peers.map((peer) => peer.name) ?? [STOCK_PAGEDJS, VIVLIOSTYLE];
    const budgets = peerNames.map((name) => ({
      name,
      budget: `${size}×: our CLI's whole process faster than ${name}'s`,
      least: 1,
      strictly: true,
    }));
    if (size === 30) {
      budgets.push({
        name: STOCK_PAGEDJS,
        budget: `30×: our CLI's whole process ≥ ${SPEEDUP_OVER_STOCK_AT_30X}× faster than ${STOCK_PAGEDJS}'s`,
        least: SPEEDUP_OVER_STOCK_AT_30X,
        strictly: false,
      });
    }
    for (const { name, budget, least, strictly } of budgets) {
      if (!comparison) {
        const why = results.skipped.includes('peers')
          ? 'not measured: --skip peers'
          : results.scales.includes(size)
            ? 'not measured'
            : `not measured: --scale did not include ${size}`;
        checks.push({
          budget,
          status: results.scales.includes(size) && !results.skipped.includes('peers') ? 'fail' : 'skip',
          actual: why,
        });
        continue;
      }
      const peer = comparison.peers.find((candidate) => candidate.name === name);
      const ours = comparison.ours.whole?.median;
      const theirs = peer?.whole?.median;
      // A peer that failed after running longer than our whole process was slower, whatever its
      // time would have been: the budget holds if that bound alone satisfies it.
      const bound = ours === undefined || theirs !== undefined ? undefined : peer?.failedAfter;
      if (ours !== undefined && bound !== undefined && (strictly ? bound / ours > least : bound / ours >= least)) {
        checks.push({
          budget,
          status: 'pass',
          actual: `at least ${(bound / ours).toFixed(2)}× (ours ${seconds(ours, 2)}; ${name} failed after ${seconds(bound, 1)} without a PDF: ${peer?.error ?? 'no reason given'})`,
        });
        continue;
      }
      if (ours === undefined || theirs === undefined) {
        const failed = ours === undefined ? comparison.ours : peer;
        checks.push({
          budget,
          status: 'fail',
          actual: `not measured: ${failed?.name ?? name} ${failed?.error ?? 'did not run'}`,
        });
        continue;
      }
      const speedup = theirs / ours;
      checks.push({
        budget,
        status: (strictly ? speedup > least : speedup >= least) ? 'pass' : 'fail',
        actual: `${speedup.toFixed(2)}× (ours ${seconds(ours, 2)}, ${name} ${seconds(theirs, 2)})${speedup < 1 ? `: ours is ${(1 / speedup).toFixed(2)}× slower` : ''}`,
      });
    }
  }
  return checks;
}
