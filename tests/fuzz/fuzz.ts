/**
 * `npm run fuzz`: the property tests with many more runs and a new seed each time (npm test runs
 * them with a fixed seed and few runs). Prints the seed first; a failure also prints fast-check's
 * seed and path, and `FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz` replays that one case.
 *
 *   npm run fuzz                         # 10,000 runs per property, a random seed
 *   npm run fuzz -- --runs 100000        # more runs
 *   npm run fuzz -- --seed 123 --all     # a given seed, and the costly properties too (needs a build)
 *
 * Without --all only the unit layer's properties run (no build, no browser). --all adds the ones
 * that spawn the CLI, open the studio or render names, with a small share of the runs each.
 */
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, seed: { type: 'string' }, all: { type: 'boolean', default: false } },
});
const runs = values.runs ?? process.env['FUZZ_RUNS'] ?? '10000';
const seed = values.seed ?? process.env['FUZZ_SEED'] ?? String(randomInt(2 ** 31 - 1));
for (const [name, value] of [
  ['--runs', runs],
  ['--seed', seed],
] as const) {
  if (!/^\d+$/.test(value)) {
    console.error(`${name}: expected a whole number, received ${JSON.stringify(value)}.`);
    process.exit(2);
  }
}

console.log(
  `fuzzing with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}${process.env['FUZZ_PATH'] ? ` FUZZ_PATH=${process.env['FUZZ_PATH']}` : ''}`,
);
const files = values.all ? ['property'] : ['tests/unit/properties'];
const vitest = path.resolve(import.meta.dirname, '../../node_modules/vitest/vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...files], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
if (result.status !== 0)
  console.error(
    `\nA property failed with FUZZ_SEED=${seed}; replay it with the seed and path fast-check printed above:\n  FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz${values.all ? ' -- --all' : ''}`,
  );
process.exit(result.status ?? 1);
