import { describe, expect, it } from 'vitest';
import {
  COLD_BUILD_RATIO,
  RENDER_RATIO_AT_30X,
  RENDER_RATIO_BOOK,
  describeLimit,
  evaluateBudgets,
  limitOf,
  peerBudgets,
} from '../../../bench/budgets.ts';
import {
  OUR_CLI,
  STOCK_PAGEDJS,
  VIVLIOSTYLE,
  type BenchResults,
  type ContenderFigures,
  type EditionFigures,
  type PeerComparison,
  type ScaleFigures,
} from '../../../bench/results.ts';
import { spreadOf } from '../../../bench/stats.ts';

function contender(name: string, whole: number | undefined, error?: string): ContenderFigures {
  return {
    name,
    ...(whole === undefined ? {} : { whole: spreadOf([whole]), render: spreadOf([whole / 2]), pages: 56 }),
    ...(error ? { error } : {}),
  };
}

function comparison(factor: number, ours: number, stock: number | undefined, vivliostyle: number): PeerComparison {
  return {
    factor,
    edition: 'letter',
    ours: contender(OUR_CLI, ours),
    peers: [
      contender(STOCK_PAGEDJS, stock, stock === undefined ? 'exited with 1' : undefined),
      contender(VIVLIOSTYLE, vivliostyle),
    ],
  };
}

const statusOf = (budgets: { budget: string; status: string }[], fragment: string) =>
  budgets.filter((budget) => budget.budget.includes(fragment)).map((budget) => budget.status);

describe('peerBudgets', () => {
  it('passes when our whole process beats each peer at every size, and stock Paged.js 2.5 times over at 1×, twice at 30×', () => {
    const peers = [comparison(1, 3, 7.5, 10), comparison(10, 20, 30, 60), comparison(30, 50, 100, 300)];
    const budgets = peerBudgets({ peers, scales: [1, 10, 30], skipped: [] });
    expect(budgets).toHaveLength(8);
    expect(budgets.every((budget) => budget.status === 'pass')).toBe(true);
  });

  it('fails a size where our CLI is slower than a peer, and says by how much', () => {
    const peers = [comparison(1, 4, 3, 10), comparison(10, 20, 30, 60), comparison(30, 50, 99, 300)];
    const budgets = peerBudgets({ peers, scales: [1, 10, 30], skipped: [] });
    const slower = budgets.find(
      (budget) => budget.budget === `1×: our CLI's whole process faster than ${STOCK_PAGEDJS}'s`,
    );
    expect(slower).toMatchObject({ status: 'fail' });
    expect(slower?.actual).toContain('ours is 1.33× slower');
    expect(statusOf(budgets, '≥ 2× faster')).toEqual(['fail']);
    expect(statusOf(budgets, '≥ 2.5× faster')).toEqual(['fail']);
  });

  it('fails a peer that could not be measured, and skips a size the run was not asked for', () => {
    const budgets = peerBudgets({ peers: [comparison(1, 3, undefined, 10)], scales: [1], skipped: [] });
    expect(statusOf(budgets, `1×: our CLI's whole process faster than ${STOCK_PAGEDJS}`)).toEqual(['fail']);
    expect(statusOf(budgets, `1×: our CLI's whole process faster than ${VIVLIOSTYLE}`)).toEqual(['pass']);
    expect(statusOf(budgets, `1×: our CLI's whole process ≥ 2.5× faster`)).toEqual(['fail']);
    expect(statusOf(budgets, '10×')).toEqual(['skip', 'skip']);
    expect(statusOf(budgets, '30×')).toEqual(['skip', 'skip', 'skip']);
  });

  it('skips every size under --skip peers', () => {
    const budgets = peerBudgets({ peers: [], scales: [1, 10, 30], skipped: ['peers'] });
    expect(budgets.map((budget) => budget.status)).toEqual(Array(8).fill('skip'));
  });

  it('counts a peer that failed after running longer than ours as slower, by that bound only', () => {
    const failedLate = comparison(30, 50, 150, 300);
    failedLate.peers[1] = { name: VIVLIOSTYLE, error: 'exited with 1: renderAllPages', failedAfter: 600 };
    const late = peerBudgets({ peers: [failedLate], scales: [30], skipped: [] });
    const vivliostyle = late.find(
      (budget) => budget.budget === `30×: our CLI's whole process faster than ${VIVLIOSTYLE}'s`,
    );
    expect(vivliostyle?.status).toBe('pass');
    expect(vivliostyle?.actual).toMatch(/^at least 12\.00× \(ours 50\.00 s; .* failed after 600\.0 s without a PDF/);

    // Failing sooner than ours took says nothing about which is faster; nor does 1.5× for a ≥ 2× budget.
    const failedEarly = comparison(30, 50, undefined, 300);
    failedEarly.peers[0] = { name: STOCK_PAGEDJS, error: 'exited with 1', failedAfter: 75 };
    const early = peerBudgets({ peers: [failedEarly], scales: [30], skipped: [] });
    expect(statusOf(early, `faster than ${STOCK_PAGEDJS}'s`)).toEqual(['skip', 'skip', 'skip', 'pass', 'fail']);
    failedEarly.peers[0] = { name: STOCK_PAGEDJS, error: 'exited with 1', failedAfter: 40 };
    const sooner = peerBudgets({ peers: [failedEarly], scales: [30], skipped: [] });
    expect(statusOf(sooner, `faster than ${STOCK_PAGEDJS}'s`)).toEqual(['skip', 'skip', 'skip', 'fail', 'fail']);
  });
});

describe('evaluateBudgets', () => {
  const nothing: BenchResults = {
    measuredAt: '2026-11-30T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryBytes: 0, node: '24', chromium: '153' },
    runs: 1,
    scales: [],
    skipped: ['build', 'pages', 'editions', 'cli', 'scaling', 'peers', 'studio', 'lighthouse'],
    pages: [],
    heaviestPage: '',
    fonts: { files: [], bytes: 0 },
    editions: [],
    scaling: [],
    peers: [],
    studio: undefined,
    lighthouse: [],
  };

  it('skips, never fails, what the run was told not to measure', () => {
    const budgets = evaluateBudgets(nothing);
    expect(budgets.filter((budget) => budget.status !== 'skip')).toEqual([]);
  });

  /**
   * One run's seconds, every one of them `slower` times as long: what the same code measures on a
   * slower machine, or on this one under load. Ratios are computed as the bench computes them.
   */
  function measured(
    slower: number,
    change: Partial<Record<'render' | 'cold' | 'warm' | 'cli' | 'studio', number>> = {},
  ) {
    const time = (value: number, which?: keyof typeof change) =>
      spreadOf([value * slower * (which ? (change[which] ?? 1) : 1)]);
    const edition = (name: string, render: number, floor: number): EditionFigures => {
      const figures = { render: time(render, 'render'), floor: time(floor) };
      return {
        name,
        parts: 2,
        pages: 56,
        ...figures,
        withChecks: time(render + 0.4),
        phases: { load: 0, layout: 0, print: 0, join: 0 },
        secondsPerPage: figures.render.median / 56,
        nodePeak: 0,
        browserPeak: undefined,
        floorPages: 56,
        ratio: figures.render.median / figures.floor.median,
      };
    };
    const scale = (factor: number, chapters: number, render: number, floor: number): ScaleFigures => {
      const figures = { render: time(render, 'render'), floor: time(floor), siteBuild: time(chapters / 10) };
      return {
        factor,
        chapters,
        edition: 'letter',
        pages: chapters * 4,
        ...figures,
        siteBuildPerChapter: figures.siteBuild.median / chapters,
        renderPerChapter: figures.render.median / chapters,
        phases: { load: 0, layout: 0, print: 0, join: 0 },
        floorPages: chapters * 4,
        ratio: figures.render.median / figures.floor.median,
        browserPeak: undefined,
      };
    };
    const ours = time(2, 'cli');
    const floor = time(1);
    const contenderAt = (name: string, whole: number) => ({ name, whole: time(whole), pages: 56 });
    const results: BenchResults = {
      ...nothing,
      scales: [1, 10, 30],
      skipped: ['pages', 'lighthouse'],
      builds: { site: time(4), floors: time(6), editions: 10, cold: time(22, 'cold'), warm: time(0.5, 'warm') },
      editions: [edition('letter', 1.8, 1), edition('a4', 1.7, 0.9)],
      cliFloor: {
        edition: 'letter',
        pairs: 1,
        parts: 2,
        pages: 56,
        floorPages: 56,
        ours,
        floor,
        ratio: spreadOf([ours.median / floor.median]),
      },
      scaling: [scale(10, 110, 10, 3), scale(30, 330, 28, 8)],
      peers: [1, 10, 30].map((factor) => ({
        factor,
        edition: 'letter',
        ours: { name: OUR_CLI, whole: time(3 * factor, 'cli'), pages: 56 },
        peers: [contenderAt(STOCK_PAGEDJS, 8 * factor), contenderAt(VIVLIOSTYLE, 12 * factor)],
      })),
      studio: {
        nativePrint: time(0.7),
        wholeBook: time(1.8, 'studio'),
        booklet: time(1.9),
        afterChange: time(2),
      },
    };
    return results;
  }
  const failing = (results: BenchResults) =>
    evaluateBudgets(results)
      .filter((budget) => budget.status === 'fail')
      .map((budget) => budget.budget);

  it('holds on a slower or loaded machine: every time doubled, or 3.5 times as long, breaks no budget', () => {
    expect(failing(measured(2))).toEqual([]);
    expect(failing(measured(3.5))).toEqual([]);
    const timed = evaluateBudgets(measured(1)).filter((budget) => !/Lighthouse|KB|fonts/.test(budget.budget));
    expect(timed.map((budget) => budget.status)).toEqual(Array(timed.length).fill('pass'));
    expect(timed).toHaveLength(16);
  });

  it('breaks when our part doubles and what it is measured against does not', () => {
    expect(failing(measured(1, { render: 2 }))).toEqual([
      `letter: render ÷ floor ${describeLimit(RENDER_RATIO_BOOK)}`,
      `a4: render ÷ floor ${describeLimit(RENDER_RATIO_BOOK)}`,
      `render ÷ floor ${describeLimit(RENDER_RATIO_AT_30X)} at 30× content`,
    ]);
    expect(failing(measured(2, { cold: 2 }))).toEqual([
      `full build, cold (no render cache) ÷ (astro build + the editions' native floors) ${describeLimit(COLD_BUILD_RATIO)}`,
    ]);
    expect(failing(measured(2, { warm: 10 }))).toEqual(['full build, warm (nothing changed) ÷ cold ≤ 0.1']);
    expect(failing(measured(1, { cli: 2 }))).toEqual([
      "our CLI's whole process ÷ the native floor's whole process ≤ 2.2",
      "1×: our CLI's whole process ≥ 2.5× faster than stock Paged.js's",
      "30×: our CLI's whole process ≥ 2× faster than stock Paged.js's",
    ]);
    expect(failing(measured(1, { studio: 2 }))).toEqual([
      "studio: whole book's preview ready after opening ÷ the native print of its page in the same browser ≤ 3.6",
    ]);
  });

  it('says what each ratio was made of, with the seconds and the parts', () => {
    const budgets = evaluateBudgets(measured(2));
    const actual = (fragment: string) => budgets.find((budget) => budget.budget.startsWith(fragment))?.actual;
    expect(actual('letter:')).toBe('1.80 (render 3.60 s ÷ floor 2.00 s; 2 parts)');
    expect(actual('full build, cold')).toBe('2.20 (44.0 s ÷ (8.0 s + 12.0 s for 10 editions))');
    expect(actual("our CLI's whole process ÷")).toBe(
      '2.00, median of 1 alternating pair (ours 4.00 s, floor 2.00 s; 2 parts)',
    );
  });
});

describe('limitOf', () => {
  it('is the target until a best figure is recorded, then that figure + 10 %, never tighter than the target', () => {
    expect(limitOf({ ...RENDER_RATIO_BOOK, best: undefined })).toBe(2);
    expect(limitOf({ target: 2, bound: 'at most', best: 2.5 })).toBe(2.75);
    expect(limitOf({ target: 2, bound: 'at most', best: 1.5 })).toBe(2);
    expect(limitOf({ target: 2.5, bound: 'at least', best: 2.2 })).toBe(2);
    expect(limitOf({ target: 2.5, bound: 'at least', best: 3 })).toBe(2.5);
  });

  it('names the fallback beside the limit, so a report says the target was not met', () => {
    expect(describeLimit({ ...RENDER_RATIO_BOOK, best: undefined })).toBe('≤ 2');
    expect(describeLimit({ ...RENDER_RATIO_BOOK, best: 2.6 })).toBe('≤ 2.86 (best measured 2.6 plus 10 %; target 2)');
  });
});
