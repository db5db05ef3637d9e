/**
 * Test-only fault injection, so the tests can prove the build survives what real machines do to
 * it (docs/robustness.md). Off unless WORKBOOK_FAULT is set, which no person or CI job sets; each
 * fault names a point in the build and fires a given number of times (default once):
 *
 *   WORKBOOK_FAULT=kill-browser@letter       kill Chromium as the letter edition lays out its first page
 *   WORKBOOK_FAULT=kill-browser@edition*2    …and again in the fresh browser of the retry
 *   WORKBOOK_FAULT=enospc@downloads          fail a write whose path contains "downloads" with ENOSPC
 *   WORKBOOK_FAULT=stop@renders:SIGTERM      send this process SIGTERM as the renders start
 *                                            (other points: epub, post-processed, pdfs)
 *
 * Several faults are separated by commas. WORKBOOK_* variables are among the whole-build check's
 * inputs (cache/last-build.ts), so a build with a fault is never taken for the last clean one.
 */

export type FaultKind = 'kill-browser' | 'enospc' | 'stop';

interface Fault {
  kind: string;
  target: string;
  /** What follows the target after ":" (a signal's name). */
  detail: string;
  remaining: number;
}

let faults: Fault[] | undefined;

function parsedFaults(): Fault[] {
  faults ??= (process.env['WORKBOOK_FAULT'] ?? '')
    .split(',')
    .filter((text) => text.includes('@'))
    .map((text) => {
      const match = /^([\w-]+)@([^:*]*)(?::([^*]*))?(?:\*(\d+))?$/.exec(text.trim());
      return match
        ? { kind: match[1] ?? '', target: match[2] ?? '', detail: match[3] ?? '', remaining: Number(match[4] ?? 1) }
        : { kind: '', target: '', detail: '', remaining: 0 };
    });
  return faults;
}

/**
 * Whether the fault `kind` fires at `point` now (its target is the point; for a path, part of it),
 * using up one of its times. Returns its detail (e.g. "SIGTERM"), or undefined.
 */
export function faultAt(kind: FaultKind, point: string): string | undefined {
  if (!process.env['WORKBOOK_FAULT']) return undefined;
  const fault = parsedFaults().find(
    (candidate) =>
      candidate.kind === kind &&
      candidate.remaining > 0 &&
      (kind === 'enospc' ? point.includes(candidate.target) : point === candidate.target),
  );
  if (!fault) return undefined;
  fault.remaining -= 1;
  return fault.detail;
}

/** Throws the error a full disk gives, when an `enospc` fault names `path`. */
export function injectDiskFull(path: string): void {
  if (faultAt('enospc', path) === undefined) return;
  throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
    code: 'ENOSPC',
    errno: -28,
    syscall: 'write',
    path,
  });
}

/** Sends this process the signal a `stop` fault names for `phase` (a stopped build at a chosen moment). */
export function injectStop(phase: string): void {
  const signal = faultAt('stop', phase);
  if (signal !== undefined) process.kill(process.pid, signal || 'SIGTERM');
}

/** Reads WORKBOOK_FAULT afresh: for tests that change it between cases in one process. */
export function resetFaults(): void {
  faults = undefined;
}
