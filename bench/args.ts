import { parseArgs } from 'node:util';
import { BENCH_SECTIONS, type BenchSection } from './results.ts';

export interface BenchArgs {
  /** Runs per timed figure; the median is reported. */
  runs: number;
  /** Alternating pairs of our CLI's whole process and the native floor's (the 5 by default). */
  pairs: number;
  /** Book sizes for the scaling and peer figures, as multiples of the real chapters (1 = the book itself). */
  scales: number[];
  /** CPU-bound processes to keep spinning for the whole run: a loaded run that can be repeated (0: none). */
  load: number;
  /** Parts of the bench not to run; their budgets are reported as skipped. */
  skip: BenchSection[];
  /** Exit non-zero when a budget is broken. */
  check: boolean;
  /** Print the usage and measure nothing. */
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [--runs N] [--pairs N] [--scale 1,10,30] [--load N] [--skip ${BENCH_SECTIONS.join(',')}] [--check] [--help]`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: '3' },
      pairs: { type: 'string', default: '5' },
      scale: { type: 'string', default: '1,10,30' },
      load: { type: 'string', default: '0' },
      skip: { type: 'string', default: '' },
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number ≥ 1, received "${values.runs}". ${USAGE}`);
  const pairs = Number(values.pairs);
  if (!Number.isInteger(pairs) || pairs < 1)
    throw new Error(`--pairs must be a whole number ≥ 1, received "${values.pairs}". ${USAGE}`);
  const load = Number(values.load);
  if (!Number.isInteger(load) || load < 0)
    throw new Error(
      `--load must be a whole number ≥ 0 (busy processes to run beside the bench), received "${values.load}". ${USAGE}`,
    );
  const scales = values.scale.split(',').map((part) => Number(part.trim()));
  if (scales.some((scale) => !Number.isInteger(scale) || scale < 1)) {
    throw new Error(`--scale must list whole numbers ≥ 1 such as 1,10,30, received "${values.scale}". ${USAGE}`);
  }
  const skip = values.skip
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const unknown = skip.filter((part) => !(BENCH_SECTIONS as readonly string[]).includes(part));
  if (unknown.length > 0) throw new Error(`--skip: no part of the bench is called "${unknown.join('", "')}". ${USAGE}`);
  return {
    runs,
    pairs,
    scales: [...new Set(scales)].sort((a, b) => a - b),
    load,
    skip: [...new Set(skip)] as BenchSection[],
    check: values.check,
    help: values.help,
  };
}
