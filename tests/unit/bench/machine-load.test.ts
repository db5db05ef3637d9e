import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { describeMachineLoad, startMachineLoad } from '../../../bench/machine-load.ts';

const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** User-mode CPU ticks a process has used so far (the 14th field of /proc/<pid>/stat). */
const userTicks = (pid: number) => Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[11]);

describe('startMachineLoad', () => {
  it('adds nothing for a quiet run, and still reports the load average', async () => {
    const load = startMachineLoad(0);
    expect(load.pids).toEqual([]);
    const seen = await load.stop();
    expect(seen.busyProcesses).toBe(0);
    expect(seen.loadAverage.samples).toBeGreaterThanOrEqual(2);
    expect(seen.loadAverage.min).toBeLessThanOrEqual(seen.loadAverage.max);
  });

  it.runIf(existsSync('/proc/self/stat'))(
    'keeps its processes spinning until stopped, then leaves none behind',
    async () => {
      const load = startMachineLoad(2);
      try {
        expect(load.pids).toHaveLength(2);
        await sleep(200);
        const before = load.pids.map(userTicks);
        await sleep(500);
        // A spinning process gains CPU time while it waits (a tick is 10 ms); an idle one gains none.
        load.pids.forEach((pid, index) => {
          expect(running(pid)).toBe(true);
          expect(userTicks(pid) - before[index]!).toBeGreaterThan(4);
        });
      } finally {
        const seen = await load.stop();
        expect(seen.busyProcesses).toBe(2);
      }
      for (const pid of load.pids) expect(running(pid)).toBe(false);
    },
  );

  it.runIf(existsSync('/proc/self/stat'))('leaves no spinner behind a bench that is killed outright', async () => {
    // A bench of its own, killed with SIGKILL: no exit handler of it runs.
    const bench = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { startMachineLoad } from ${JSON.stringify(pathToFileURL(path.resolve('bench/machine-load.ts')).href)};
         const load = startMachineLoad(2);
         console.log(JSON.stringify(load.pids));
         setTimeout(() => process.kill(process.pid, 'SIGKILL'), 300);`,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(bench.signal).toBe('SIGKILL');
    const pids = JSON.parse(bench.stdout) as number[];
    expect(pids).toHaveLength(2);
    await expect.poll(() => pids.filter(running), { timeout: 5_000 }).toEqual([]);
  });
});

describe('describeMachineLoad', () => {
  it('says what the bench added and what the kernel saw', () => {
    expect(describeMachineLoad({ busyProcesses: 0, loadAverage: { min: 0.42, max: 1.9, samples: 12 } })).toBe(
      'no load added by the bench (--load 0); 1-minute load average 0.4–1.9 over 12 samples',
    );
    expect(describeMachineLoad({ busyProcesses: 2, loadAverage: { min: 3.96, max: 4.4, samples: 30 } })).toBe(
      'loaded: 2 CPU-bound processes spinning for the whole run (--load 2); 1-minute load average 4.0–4.4 over 30 samples',
    );
  });
});
