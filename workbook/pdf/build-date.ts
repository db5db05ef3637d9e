import { execFileSync } from 'node:child_process';

export type BuildDateSource = 'SOURCE_DATE_EPOCH' | 'git' | 'fallback';

export interface BuildDate {
  date: Date;
  source: BuildDateSource;
}

export interface BuildDateInputs {
  env: Readonly<Record<string, string | undefined>>;
  /** Seconds since the epoch of the last commit, or undefined outside a git checkout. */
  lastCommitSeconds: () => number | undefined;
}

/** Used only when neither of the others is available, e.g. building from a source tarball. */
export const FALLBACK_BUILD_DATE = new Date(Date.UTC(2025, 0, 1));

/**
 * The date stamped into the PDF. Never "now": the same sources must give the same bytes
 * (https://reproducible-builds.org/docs/source-date-epoch/).
 */
export function resolveBuildDate(overrides: Partial<BuildDateInputs> = {}): BuildDate {
  const inputs: BuildDateInputs = { env: process.env, lastCommitSeconds: gitLastCommitSeconds, ...overrides };

  const epoch = inputs.env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch.trim())) {
      throw new Error(
        `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (e.g. 1735689600); got "${epoch}".`,
      );
    }
    return { date: new Date(Number(epoch.trim()) * 1000), source: 'SOURCE_DATE_EPOCH' };
  }

  const commitSeconds = inputs.lastCommitSeconds();
  if (commitSeconds !== undefined) return { date: new Date(commitSeconds * 1000), source: 'git' };

  return { date: FALLBACK_BUILD_DATE, source: 'fallback' };
}

function gitLastCommitSeconds(): number | undefined {
  try {
    const output = execFileSync('git', ['log', '-1', '--format=%ct'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^\d+$/.test(output) ? Number(output) : undefined;
  } catch {
    return undefined;
  }
}
