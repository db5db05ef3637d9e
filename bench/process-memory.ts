import { readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeaks {
  /** Highest resident set size of this Node process, in bytes. */
  node: number;
  /**
   * Highest sum of the resident set sizes of this process's descendants (Chromium's browser,
   * GPU, utility and renderer processes), in bytes. Shared pages count once per process, so
   * this overstates what the machine needs a little; it is comparable between runs.
   */
  browser: number | undefined;
}

export interface MemorySampler {
  /** Stops sampling (once) and returns the peaks. */
  stop(): MemoryPeaks;
}

/** Samples every `intervalMs` from now until stop(); the browser figure needs Linux's /proc. */
export function sampleMemory(intervalMs = 100): MemorySampler {
  const peaks: MemoryPeaks = { node: 0, browser: readable() ? 0 : undefined };
  const sample = () => {
    peaks.node = Math.max(peaks.node, process.memoryUsage().rss);
    if (peaks.browser !== undefined) peaks.browser = Math.max(peaks.browser, descendantsRss(process.pid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  let stopped: MemoryPeaks | undefined;
  return {
    stop() {
      if (stopped === undefined) {
        clearInterval(timer);
        sample();
        stopped = { ...peaks };
      }
      return stopped;
    },
  };
}

function readable(): boolean {
  try {
    readFileSync('/proc/self/status');
    return true;
  } catch {
    return false;
  }
}

/** Sum of VmRSS over every process below `root` in the process tree (root excluded). */
export function descendantsRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(Number(entry));
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
  }
  let total = 0;
  const pending = [...(children.get(root) ?? [])];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += rssOf(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Processes come and go while we read; a vanished one simply does not count. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted after its last ")".
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function rssOf(pid: number): number {
  try {
    const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kilobytes === undefined ? 0 : Number(kilobytes) * 1024;
  } catch {
    return 0;
  }
}
