import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';

/** How loaded the machine was while the bench ran: what `--load` added, and what the kernel saw. */
export interface MachineLoad {
  /** CPU-bound processes the bench itself ran for the whole run (`--load N`); 0 on a quiet run. */
  busyProcesses: number;
  /** The 1-minute load average, sampled every `LOAD_SAMPLE_MS` from start to end of the run. */
  loadAverage: { min: number; max: number; samples: number };
}

const LOAD_SAMPLE_MS = 30_000;

/**
 * A spin loop in its own process, at the same priority as the bench. A loaded run needs a load
 * that weighs the same from start to end and from one run to the next, so that two runs can be
 * compared: a test suite looping beside the bench (the first loaded runs, 2026-12-06) swings from
 * idle to every core taken as its files start and end. N spinning processes take the same share
 * of N cores throughout. Every few milliseconds it checks that the bench is still its parent: a
 * bench that ends without `stop()`, however it ends (a crash, Ctrl-C, SIGKILL), leaves the spinner
 * to another parent, and the spinner then stops on its own instead of taking a core for good.
 */
const SPIN =
  'const bench = process.ppid; for (;;) { for (let i = 0; i < 1e6; i += 1); if (process.ppid !== bench) process.exit(); }';

export interface RunningLoad {
  /** The busy processes' ids, while they run. */
  pids: number[];
  /** Stops the busy processes and the sampling; returns what was seen. */
  stop(): Promise<MachineLoad>;
}

/** Starts `busyProcesses` spinning processes (none for 0) and samples the load average until stopped. */
export function startMachineLoad(busyProcesses: number): RunningLoad {
  const children: ChildProcess[] = Array.from({ length: busyProcesses }, () =>
    spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore' }),
  );
  const seen: number[] = [os.loadavg()[0]!];
  const sampler = setInterval(() => seen.push(os.loadavg()[0]!), LOAD_SAMPLE_MS);
  sampler.unref();
  return {
    pids: children.map((child) => child.pid!),
    async stop() {
      clearInterval(sampler);
      seen.push(os.loadavg()[0]!);
      await Promise.all(
        children.map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGKILL');
            }),
        ),
      );
      return { busyProcesses, loadAverage: { min: Math.min(...seen), max: Math.max(...seen), samples: seen.length } };
    },
  };
}

/** The report's line: "no load added by the bench (--load 0); …" or "loaded: 2 CPU-bound processes spinning …", then the load average seen. */
export function describeMachineLoad({ busyProcesses, loadAverage }: MachineLoad): string {
  const average = `1-minute load average ${loadAverage.min.toFixed(1)}–${loadAverage.max.toFixed(1)} over ${loadAverage.samples} samples`;
  if (busyProcesses === 0) return `no load added by the bench (--load 0); ${average}`;
  return `loaded: ${busyProcesses} CPU-bound process${busyProcesses === 1 ? '' : 'es'} spinning for the whole run (--load ${busyProcesses}); ${average}`;
}
