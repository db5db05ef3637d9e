/** The parts of a DevTools protocol CPU profile (Profiler.stop) that self time needs. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  /** "function file:line", or Chromium's own "(garbage collector)", "(program)", "(idle)". */
  name: string;
  ms: number;
}

/**
 * Milliseconds each function spent running its own code (not its callees'), most first. Each
 * sample is charged the time until the next one, as DevTools does.
 */
export function selfTimes(profile: CpuProfile): SelfTime[] {
  const nameOf = new Map(
    profile.nodes.map(({ id, callFrame: { functionName, url, lineNumber, columnNumber } }) => {
      const file = url.split('/').at(-1)?.split('?')[0];
      return [
        id,
        file ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}` : functionName,
      ];
    }),
  );
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const totals = new Map<string, number>();
  samples.forEach((node, index) => {
    const name = nameOf.get(node) ?? '(unknown)';
    totals.set(name, (totals.get(name) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  });
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}
