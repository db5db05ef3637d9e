import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folderState, isAlive, startBuild } from '../../support/build-run.ts';
import { requireDist } from '../../support/built-site.ts';

/*
 * `npm run build` on a disk that fills up while it writes the new site's files (an injected
 * ENOSPC, WORKBOOK_FAULT=enospc@…, workbook/io/faults.ts; the CLI's test uses a real full
 * tmpfs): one line naming the file and the cause, exit 1, nothing left running, and the
 * previous dist/ exactly as it was. The cache's own writes only warn (tests/unit/workbook/disk-full.test.ts).
 */
describe('npm run build on a full disk', () => {
  it('stops with one line naming the file and the cause; the previous dist/ intact', async () => {
    requireDist();
    const before = folderState('dist');
    const run = await startBuild({ env: { WORKBOOK_FAULT: 'enospc@/downloads/rebuilding-trust.epub' } }).done;
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'Could not write .build/downloads/rebuilding-trust.epub: the disk is full (ENOSPC); free some space on it and run the command again.',
    );
    expect(run.stderr, 'no stack trace').not.toMatch(/^\s+at /m);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      [...run.seen.keys()].filter((pid) => isAlive(pid)),
      'processes left running',
    ).toEqual([]);
    expect(existsSync('.build.lock'), 'the build lock').toBe(false);
    expect(folderState('dist') === before, 'dist/ changed').toBe(true);
  });
});
