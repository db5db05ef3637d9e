import { describe, expect, it } from 'vitest';
import { evaluateBudgets, peerBudgets } from '../../../bench/budgets.ts';
import {
  OUR_CLI,
  STOCK_PAGEDJS,
  VIVLIOSTYLE,
  type BenchResults,
  type ContenderFigures,
  type PeerComparison,
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
  it('passes when our whole process beats each peer at every size, and stock Paged.js twice over at 30×', () => {
    const peers = [comparison(1, 3, 4, 10), comparison(10, 20, 30, 60), comparison(30, 50, 100, 300)];
    const budgets = peerBudgets({ peers, scales: [1, 10, 30], skipped: [] });
    expect(budgets).toHaveLength(7);
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
  });

  it('fails a peer that could not be measured, and skips a size the run was not asked for', () => {
    const budgets = peerBudgets({ peers: [comparison(1, 3, undefined, 10)], scales: [1], skipped: [] });
    expect(statusOf(budgets, `1×: our CLI's whole process faster than ${STOCK_PAGEDJS}`)).toEqual(['fail']);
    expect(statusOf(budgets, `1×: our CLI's whole process faster than ${VIVLIOSTYLE}`)).toEqual(['pass']);
    expect(statusOf(budgets, '10×')).toEqual(['skip', 'skip']);
    expect(statusOf(budgets, '30×')).toEqual(['skip', 'skip', 'skip']);
  });

  it('skips every size under --skip peers', () => {
    const budgets = peerBudgets({ peers: [], scales: [1, 10, 30], skipped: ['peers'] });
    expect(budgets.map((budget) => budget.status)).toEqual(Array(7).fill('skip'));
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
    expect(statusOf(early, `faster than ${STOCK_PAGEDJS}'s`)).toEqual(['skip', 'skip', 'pass', 'fail']);
    failedEarly.peers[0] = { name: STOCK_PAGEDJS, error: 'exited with 1', failedAfter: 40 };
    const sooner = peerBudgets({ peers: [failedEarly], scales: [30], skipped: [] });
    expect(statusOf(sooner, `faster than ${STOCK_PAGEDJS}'s`)).toEqual(['skip', 'skip', 'fail', 'fail']);
  });
});

describe('evaluateBudgets', () => {
  const nothing: BenchResults = {
    measuredAt: '2026-11-30T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memoryBytes: 0, node: '24', chromium: '153' },
    runs: 1,
    scales: [],
    skipped: ['build', 'pages', 'editions', 'scaling', 'peers', 'studio', 'lighthouse'],
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

  it('holds the studio, the cold and the warm build to their limits', () => {
    const budgets = evaluateBudgets({
      ...nothing,
      skipped: nothing.skipped.filter((section) => section !== 'build' && section !== 'studio'),
      builds: { site: spreadOf([6]), cold: spreadOf([24]), warm: spreadOf([9]) },
      studio: { wholeBook: spreadOf([2.6]), booklet: spreadOf([2]), afterChange: spreadOf([2]) },
    });
    expect(statusOf(budgets, 'cold')).toEqual(['pass']);
    expect(statusOf(budgets, 'warm')).toEqual(['fail']);
    expect(statusOf(budgets, 'studio:')).toEqual(['fail']);
  });
});
