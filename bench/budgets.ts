import { KB, kb, seconds } from './format.ts';
import { LIGHTHOUSE_CATEGORIES, type LighthouseCategory } from './lighthouse-scores.ts';
import type { BenchResults } from './results.ts';

export type BudgetStatus = 'pass' | 'fail' | 'skip';

export interface BudgetResult {
  budget: string;
  status: BudgetStatus;
  /** What was measured, or why nothing was. */
  actual: string;
}

const PAGE_SENT_LIMIT = 16 * KB;
/**
 * The print studio, a counselor's tool rather than a reading page, validates an edition with the
 * same zod schema as the CLI (workbook/edition/edition-fields.ts), about 25 KB of its 30 KB. Until
 * bench/page-weight.ts counted the modules a script imports, that code sat in a chunk the measure
 * missed and the studio read as 3.7 KB; the studio itself did not grow.
 */
const STUDIO_JS_LIMIT = 32 * KB;
const STUDIO_SENT_LIMIT = 40 * KB;
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
const RATIO_AT_1X = 1.5;
const RATIO_AT_30X = 3;
/**
 * Render seconds per chapter at 30× over the same at 10×. Linear growth keeps it near 1; 10× is
 * the baseline because at 1× the fixed costs (a fresh page, parsing Paged.js) hide the growth.
 */
const GROWTH_LIMIT = 1.5;
const FULL_BUILD_LIMIT = 30;
const LIGHTHOUSE_MINIMUM: Record<LighthouseCategory, number> = {
  performance: 98,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/**
 * The performance budgets. A figure the run was told not to measure (a --scale without 30) is
 * skipped; one that could not be measured (Lighthouse failed) fails, so a broken tool never
 * passes a budget.
 */
export function evaluateBudgets(results: BenchResults): BudgetResult[] {
  const checks: BudgetResult[] = [];
  const check = (budget: string, pass: boolean, actual: string) =>
    checks.push({ budget, status: pass ? 'pass' : 'fail', actual });
  const skip = (budget: string, actual: string) => checks.push({ budget, status: 'skip', actual });

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
    check('print studio JS ≤ 32 KB gzip', studio.js.gzip <= STUDIO_JS_LIMIT, kb(studio.js.gzip));
    check('print studio HTML+CSS+JS ≤ 40 KB gzip', studio.transfer.gzip <= STUDIO_SENT_LIMIT, kb(studio.transfer.gzip));
  }
  check(
    'web fonts ≤ 100 KB of woff2 in total',
    results.fonts.bytes <= FONTS_LIMIT,
    `${kb(results.fonts.bytes)} in ${results.fonts.files.length} files`,
  );

  for (const edition of results.editions) {
    check(
      `${edition.name}: render ÷ floor ≤ ${RATIO_AT_1X}`,
      edition.ratio <= RATIO_AT_1X,
      `${edition.ratio.toFixed(2)}`,
    );
  }

  const ten = results.scaling.find((scale) => scale.factor === 10);
  const thirty = results.scaling.find((scale) => scale.factor === 30);
  const ratioBudget = `render ÷ floor ≤ ${RATIO_AT_30X} at 30× content`;
  const growthBudget = `linear growth: render s/chapter at 30× ≤ ${GROWTH_LIMIT} × at 10×`;
  if (thirty) check(ratioBudget, thirty.ratio <= RATIO_AT_30X, `${thirty.ratio.toFixed(2)} (${thirty.edition})`);
  else skip(ratioBudget, 'not measured: --scale did not include 30');
  if (ten && thirty) {
    const growth = thirty.renderPerChapter / ten.renderPerChapter;
    check(
      growthBudget,
      growth <= GROWTH_LIMIT,
      `${growth.toFixed(2)} × (${seconds(thirty.renderPerChapter, 3)} vs ${seconds(ten.renderPerChapter, 3)} per chapter)`,
    );
  } else skip(growthBudget, 'not measured: --scale did not include both 10 and 30');

  check(
    `full build ≤ ${FULL_BUILD_LIMIT} s`,
    results.builds.full.median <= FULL_BUILD_LIMIT,
    seconds(results.builds.full.median, 1),
  );

  for (const category of LIGHTHOUSE_CATEGORIES) {
    const minimum = LIGHTHOUSE_MINIMUM[category];
    const budget = `Lighthouse ${category} ${minimum === 100 ? '= 100' : `≥ ${minimum}`}`;
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
