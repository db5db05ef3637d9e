import { execFileSync } from 'node:child_process';

/** The processes `parent` started, with their command lines (from `ps`). */
export function childProcesses(parent: number): { pid: number; args: string }[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.flatMap((line) => {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return match && Number(match[2]) === parent ? [{ pid: Number(match[1]), args: match[3] ?? '' }] : [];
  });
}

/** Whether a process with this pid still exists. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
