import { readFile, rm, writeFile } from 'node:fs/promises';
import { FriendlyError } from '../../src/lib/friendly-error.ts';
import { escapeInput } from '../../src/lib/quote-input.ts';

/**
 * One `npm run build` at a time in a project folder. Two at once would both write the work
 * folder, the cache and dist/; so the first takes a lock file holding its pid and the second
 * refuses with one line naming it. A lock whose process is gone (a build killed with SIGKILL, a
 * machine that lost power) is stale: it is removed, said in one line, and the build goes on.
 */
export interface BuildLock {
  /** Removes the lock if it is still this process's. */
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  started: string;
}

/** Another build holds the lock: exit 1 with this one line. */
export class BuildLocked extends FriendlyError {
  override name = 'BuildLocked';
}

export async function acquireBuildLock(
  file: string,
  warn: (line: string) => void = (line) => console.warn(line),
): Promise<BuildLock> {
  const mine: Holder = { pid: process.pid, started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      // "wx": created only if absent, in one step, so two builds starting together cannot both win.
      await writeFile(file, `${JSON.stringify(mine)}\n`, { flag: 'wx' });
      return { release: () => releaseIfMine(file) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(file);
    if (holder && isRunning(holder.pid))
      throw new BuildLocked(
        `Another build is running in this folder (pid ${holder.pid}, started ${holder.started}); wait for it to finish or stop it, then run the build again.`,
      );
    warn(`Removed a stale build lock (${holder ? `pid ${holder.pid}, no longer running` : 'unreadable'}); building.`);
    await rm(file, { force: true });
  }
  throw new BuildLocked(
    `Could not take the build lock ${file}; remove it if no build is running, then run the build again.`,
  );
}

async function readHolder(file: string): Promise<Holder | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<Holder>;
    if (typeof value.pid !== 'number' || !Number.isSafeInteger(value.pid) || value.pid <= 0) return undefined;
    return { pid: value.pid, started: escapeInput(String(value.started ?? 'at an unknown time'), 40) };
  } catch {
    return undefined;
  }
}

async function releaseIfMine(file: string): Promise<void> {
  const holder = await readHolder(file);
  if (holder?.pid === process.pid) await rm(file, { force: true });
}

/** Whether a process with this pid exists (EPERM: it does, but is another user's). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
