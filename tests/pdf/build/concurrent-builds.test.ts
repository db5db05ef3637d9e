import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folderState, startBuild } from '../../support/build-run.ts';
import { requireDist } from '../../support/built-site.ts';

/*
 * Two `npm run build` started at once in one folder (workbook/io/build-lock.ts): the second
 * refuses at once with one line naming the first, having started nothing and written nothing,
 * so the two never interleave writes into .build/, the cache or dist/. The first is then stopped
 * (stopped-build.test.ts covers a stop itself), which releases the lock.
 */
describe('two builds at once in the same folder', () => {
  it('the second refuses in one line, starts nothing, and the first holds on', async () => {
    requireDist();
    const before = folderState('dist');
    let secondStarted = false;
    let second: ReturnType<typeof startBuild> | undefined;
    const first = startBuild({
      args: ['--no-cache'],
      onPoll: (_pid, descendants) => {
        // The first holds the lock and is building its site: start the second now.
        if (secondStarted || !descendants.some(({ args }) => /site-build-worker\.ts/.test(args))) return;
        secondStarted = true;
        second = startBuild({ args: ['--no-cache'] });
      },
    });
    while (!second) await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await second.done;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `Another build is running in this folder (pid ${first.pid}, started ${refused.stderr.match(/started (.+?)\)/)?.[1]}); wait for it to finish or stop it, then run the build again.\n`,
    );
    expect(refused.stdout).toBe('');
    expect(refused.seen.size, 'processes the refused build started').toBe(0);
    expect(existsSync('.build.lock'), 'the first build’s lock').toBe(true);

    process.kill(first.pid, 'SIGTERM');
    expect((await first.done).code).toBe(130);
    expect(existsSync('.build.lock'), 'the lock, after the first build ended').toBe(false);
    expect(folderState('dist') === before, 'dist/ changed').toBe(true);
  });
});
