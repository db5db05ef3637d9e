import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { CACHE_FOLDER } from '../workbook/cache/cache-folder.ts';
import { resolveBuildDate } from '../workbook/pdf/build-date.ts';
import { timeSeconds } from './stats.ts';

const run = promisify(execFile);
export const projectRoot = path.resolve(import.meta.dirname, '..');

/**
 * Seconds for `astro build --outDir <outDir>`, the site alone (the first pass of `npm run build`).
 * `env` may set GUIDE_CONTENT_DIR to build another book.
 */
export function timeSiteBuild(outDir: string, env: Record<string, string> = {}): Promise<number> {
  const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  return timeSeconds(() => runNode([astro, 'build', '--silent', '--outDir', outDir], env, 'astro build'));
}

/** The build's cache of rendered editions (workbook/build-book.ts): removing it makes a build cold. */
export const RENDER_CACHE = CACHE_FOLDER;

/**
 * Seconds for what `npm run build` runs (both site passes and every PDF), cold (its render cache
 * removed first) and then warm (again at once, nothing changed). Each replaces dist/. Both builds
 * are dated alike: a build is dated by the last commit, so a commit made between them would
 * change every PDF's date and make the warm build render everything again.
 */
export async function timeFullBuilds(): Promise<{ cold: number; warm: number }> {
  await rm(RENDER_CACHE, { recursive: true, force: true });
  const dated = { SOURCE_DATE_EPOCH: String(Math.floor(resolveBuildDate().date.getTime() / 1000)) };
  const build = () =>
    timeSeconds(() => runNode([path.join(projectRoot, 'workbook/build-book.ts')], dated, 'npm run build'));
  const cold = await build();
  return { cold, warm: await build() };
}

async function runNode(args: string[], env: Record<string, string>, label: string): Promise<void> {
  try {
    await run(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${label} failed:\n${`${stdout}\n${stderr}`.trim()}`, { cause: error });
  }
}
