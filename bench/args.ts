import { parseArgs } from 'node:util';

export interface BenchArgs {
  /** Runs per timed figure; the median is reported. */
  runs: number;
  /** Book sizes for the scaling figures, as multiples of the real chapters (1 = the book itself). */
  scales: number[];
  /** Exit non-zero when a budget is broken. */
  check: boolean;
}

const USAGE = 'usage: npm run bench -- [--runs N] [--scale 1,10,30] [--check]';

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string', default: '3' },
      scale: { type: 'string', default: '1,10,30' },
      check: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number ≥ 1, received "${values.runs}". ${USAGE}`);
  const scales = values.scale.split(',').map((part) => Number(part.trim()));
  if (scales.some((scale) => !Number.isInteger(scale) || scale < 1)) {
    throw new Error(`--scale must list whole numbers ≥ 1 such as 1,10,30, received "${values.scale}". ${USAGE}`);
  }
  return { runs, scales: [...new Set(scales)].sort((a, b) => a - b), check: values.check };
}
