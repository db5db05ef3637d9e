import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs `npm run build` (node on workbook/build-book.ts) the way the stop, lock and fault tests
 * need it: every process it starts (the site builder, Chromium, Pagefind) seen while it runs, so
 * a test can check none outlived it, and a hook to act on the run (send a signal) once a
 * process or an output line appears.
 */
export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every descendant process seen while the build ran, with its command line. */
  seen: Map<number, string>;
}

export interface BuildRunOptions {
  args?: readonly string[];
  env?: Record<string, string>;
  /** Called on each poll (every 200 ms) with the build's pid and its live descendants; may kill it. */
  onPoll?: (build: number, descendants: { pid: number; args: string }[], output: string) => void;
}

export function startBuild(options: BuildRunOptions = {}): { pid: number; done: Promise<BuildRun> } {
  const child = spawn(process.execPath, [path.resolve('workbook/build-book.ts'), ...(options.args ?? [])], {
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const seen = new Map<number, string>();
  const pid = child.pid ?? 0;
  const timer = setInterval(() => {
    const descendants = descendantsOf(pid);
    for (const { pid: found, args } of descendants) seen.set(found, args);
    options.onPoll?.(pid, descendants, stdout + stderr);
  }, 200);
  const done = new Promise<BuildRun>((resolve) =>
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ code, stdout, stderr, seen });
    }),
  );
  return { pid, done };
}

/** The live processes below `root`, from /proc (cheaper than `ps` at this rate). */
function descendantsOf(root: number): { pid: number; args: string }[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readOrEmpty(`/proc/${name}/stat`);
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state === 'Z' || ppid === undefined) continue;
    parents.set(Number(ppid), [...(parents.get(Number(ppid)) ?? []), Number(name)]);
  }
  const found: { pid: number; args: string }[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const pid of parents.get(queue.shift() ?? 0) ?? []) {
      found.push({ pid, args: readOrEmpty(`/proc/${pid}/cmdline`).replaceAll('\0', ' ').trim() });
      queue.push(pid);
    }
  }
  return found;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** Whether `pid` is still running: a zombie (exited, waiting to be reaped by init) is not. */
export function isAlive(pid: number): boolean {
  const stat = readOrEmpty(`/proc/${pid}/stat`);
  return stat !== '' && stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z';
}

/** Each file under `folder` with its size and modification time: equal before and after means untouched. */
export function folderState(folder: string): string {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        lines.push(`${path.relative(folder, full)} ${stat.size} ${stat.mtimeMs}`);
      }
    }
  };
  walk(folder);
  return lines.sort().join('\n');
}
