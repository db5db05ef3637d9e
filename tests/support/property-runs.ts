import type fc from 'fast-check';

/**
 * How the property tests run: `npm test` uses a fixed seed and a few runs per property, so CI is
 * repeatable and quick; `npm run fuzz` (tests/fuzz/fuzz.ts) sets FUZZ_SEED and FUZZ_RUNS to try
 * many more. A failure prints fast-check's seed and path; `FUZZ_SEED=<seed> FUZZ_PATH=<path>`
 * replays exactly that case (docs/robustness.md).
 */
const DEFAULT_SEED = 20_261_206;

function envNumber(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name}=${text}: expected a whole number.`);
  return value;
}

/** The seed every property in this run starts from. */
export const propertySeed = envNumber('FUZZ_SEED') ?? DEFAULT_SEED;

/**
 * fast-check's parameters for one property: `runs` in `npm test`, FUZZ_RUNS under `npm run fuzz`
 * (scaled by `share` for the costly properties that spawn a process or a render).
 */
export function propertyParameters<T>(runs: number, share = 1): fc.Parameters<T> {
  const fuzzRuns = envNumber('FUZZ_RUNS');
  const replayPath = process.env['FUZZ_PATH'];
  return {
    seed: propertySeed,
    numRuns: fuzzRuns === undefined ? runs : Math.max(runs, Math.round(fuzzRuns * share)),
    ...(replayPath ? { path: replayPath, endOnFailure: true } : {}),
  };
}

/** Whether this run is a fuzz run (`npm run fuzz`): tests then allow themselves more time. */
export const fuzzing = envNumber('FUZZ_RUNS') !== undefined;

/** A character that must never reach a message raw: controls, bidi and other format characters, line separators. */
export const rawControl = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
