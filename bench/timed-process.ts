import { spawn } from 'node:child_process';

export interface TimedProcess {
  /** Wall-clock seconds from spawning the process to its exit. */
  seconds: number;
  /** stdout and stderr, interleaved as they arrived. */
  output: string;
  stdout: string;
  /** Seconds from the spawn to the first output line containing each marker, when one did. */
  markers: Record<string, number>;
}

/**
 * Runs `args` on this Node (the project's Node 24) as a process of its own and times it whole,
 * noting when its output first mentions each of `markers` (a peer's own progress lines are the
 * only view into its steps). Rejects with the process's output when it exits non-zero.
 */
export function timeProcess(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string>; markers?: readonly string[]; label: string },
): Promise<TimedProcess> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stdout = '';
    const markers: Record<string, number> = {};
    const note = (chunk: Buffer, isStdout: boolean) => {
      const text = chunk.toString();
      output += text;
      if (isStdout) stdout += text;
      for (const marker of options.markers ?? []) {
        if (markers[marker] === undefined && output.includes(marker))
          markers[marker] = (performance.now() - started) / 1000;
      }
    };
    child.stdout.on('data', (chunk: Buffer) => note(chunk, true));
    child.stderr.on('data', (chunk: Buffer) => note(chunk, false));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, output, stdout, markers });
      else
        reject(new Error(`${options.label} exited with ${code}:\n${output.trim().split('\n').slice(-15).join('\n')}`));
    });
  });
}
