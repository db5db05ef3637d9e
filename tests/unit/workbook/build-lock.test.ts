import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, BuildLocked } from '../../../workbook/io/build-lock.ts';
import { withTempDir } from '../../support/temp-dir.ts';

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid;
}

describe('the build lock', () => {
  it('is taken with this pid and released, and a second taker is refused in one line naming the holder', async () => {
    await withTempDir('build-lock', async (dir) => {
      const file = path.join(dir, '.build.lock');
      const lock = await acquireBuildLock(file);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
      const second = await acquireBuildLock(file).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(BuildLocked);
      expect((second as Error).message).toMatch(
        new RegExp(
          `^Another build is running in this folder \\(pid ${process.pid}, started .+\\); wait for it to finish or stop it, then run the build again\\.$`,
        ),
      );
      await lock.release();
      expect(existsSync(file)).toBe(false);
    });
  });

  it.each([
    [
      'a dead process',
      () => JSON.stringify({ pid: deadPid(), started: '2026-12-06T08:00:00Z' }),
      /^Removed a stale build lock \(pid \d+, no longer running\); building\.$/,
    ],
    ['nothing readable', () => '{"pid":', /^Removed a stale build lock \(unreadable\); building\.$/],
  ])('left by %s is stale: removed with one line, and taken', async (_what, content, line) => {
    await withTempDir('build-lock-stale', async (dir) => {
      const file = path.join(dir, '.build.lock');
      writeFileSync(file, content());
      const warnings: string[] = [];
      const lock = await acquireBuildLock(file, (warning) => warnings.push(warning));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(line);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
      await lock.release();
    });
  });

  it('is not removed by a process that does not hold it', async () => {
    await withTempDir('build-lock-other', async (dir) => {
      const file = path.join(dir, '.build.lock');
      const lock = await acquireBuildLock(file);
      // Another build took over after a stale-lock recovery: this one must not remove its lock.
      writeFileSync(file, JSON.stringify({ pid: process.ppid, started: 'now' }));
      await lock.release();
      expect(existsSync(file)).toBe(true);
    });
  });
});
