import { accessSync, constants, statSync } from 'node:fs';
import { arch as hostArch, platform as hostPlatform } from 'node:process';
import { systemChromePaths } from './system-chrome-paths.ts';

export type ChromiumSource = 'CHROME_PATH' | '@sparticuz/chromium' | 'system';

export interface ResolvedChromium {
  executablePath: string;
  /** Flags the source recommends; launchChromium filters and extends them. */
  args: readonly string[];
  source: ChromiumSource;
}

/** The part of @sparticuz/chromium we rely on. */
export interface SparticuzChromium {
  executablePath(): Promise<string>;
  readonly args: readonly string[];
}

/** Everything the lookup reads from the machine, injectable so each branch is testable. */
export interface ChromiumLookup {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  arch: string;
  /** True when a regular file is at `path` and the current user may execute it. */
  isExecutable: (path: string) => boolean;
  loadSparticuz: () => Promise<SparticuzChromium>;
}

const SPARTICUZ_ARCHES = new Set(['x64', 'arm64']);

/**
 * Resolves the Chromium that renders the workbook (and runs the site's browser tests):
 * CHROME_PATH, then @sparticuz/chromium on Linux, then a system Chrome at the usual paths.
 */
export async function findChromium(overrides: Partial<ChromiumLookup> = {}): Promise<ResolvedChromium> {
  const lookup: ChromiumLookup = { ...defaultLookup(), ...overrides };

  const fromEnv = lookup.env['CHROME_PATH'];
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!lookup.isExecutable(fromEnv)) {
      throw new Error(
        `CHROME_PATH is set to "${fromEnv}", but no executable file is there. ` +
          'Point CHROME_PATH at a Chrome or Chromium binary, or unset it to use the default lookup.',
      );
    }
    return { executablePath: fromEnv, args: [], source: 'CHROME_PATH' };
  }

  let sparticuzProblem: string | undefined;
  if (lookup.platform === 'linux' && SPARTICUZ_ARCHES.has(lookup.arch)) {
    try {
      const sparticuz = await lookup.loadSparticuz();
      const executablePath = await sparticuz.executablePath();
      return { executablePath, args: [...sparticuz.args], source: '@sparticuz/chromium' };
    } catch (error) {
      // Keep looking: a system browser may still exist; the reason is reported if none does.
      sparticuzProblem = error instanceof Error ? error.message : String(error);
    }
  }

  const candidates = systemChromePaths(lookup.platform, lookup.env);
  const found = candidates.find((path) => lookup.isExecutable(path));
  if (found !== undefined) return { executablePath: found, args: [], source: 'system' };

  throw new Error(noBrowserMessage(candidates, sparticuzProblem));
}

function noBrowserMessage(searched: readonly string[], sparticuzProblem: string | undefined): string {
  return [
    'No Chrome or Chromium was found to render with. Provide one in any of these ways:',
    '  1. set CHROME_PATH to the path of a Chrome or Chromium executable;',
    '  2. on Linux (x64/arm64), run `npm ci` so @sparticuz/chromium is installed;',
    '  3. install Google Chrome.',
    ...(sparticuzProblem === undefined ? [] : [`@sparticuz/chromium could not be used: ${sparticuzProblem}`]),
    searched.length > 0 ? `Searched: ${searched.join(', ')}` : 'No usual install path is known for this platform.',
  ].join('\n');
}

function defaultLookup(): ChromiumLookup {
  return {
    env: process.env,
    platform: hostPlatform,
    arch: hostArch,
    isExecutable,
    loadSparticuz: async () => (await import('@sparticuz/chromium')).default,
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
