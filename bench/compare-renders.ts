/**
 * `node bench/compare-renders.ts --a <checkout> --b <checkout> [--pairs 5] [--paper letter] [--floor]`:
 * an A/B comparison of two versions of the renderer under the same load. Each pair renders with
 * both checkouts (bench/render-once.ts, a process and browser each), alternating which goes first,
 * so the machine's drift touches both alike; with --floor, each pair also times Chromium's own
 * print of A's page. Prints every run, then the medians and B ÷ A (median of the paired ratios).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spreadOf } from './stats.ts';

interface Run {
  seconds: number;
  pages: number;
  load?: number;
  layout?: number;
  print?: number;
}

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    pairs: { type: 'string', default: '5' },
    paper: { type: 'string', default: 'letter' },
    floor: { type: 'boolean', default: false },
  },
});
if (!values.a || !values.b)
  throw new Error('usage: node bench/compare-renders.ts --a <checkout> --b <checkout> [--pairs 5]');
const roots = { a: path.resolve(values.a), b: path.resolve(values.b) };
const once = path.join(import.meta.dirname, 'render-once.ts');

function render(root: string, native = false): Run {
  const args = [once, '--root', root, '--paper', values.paper, ...(native ? ['--native'] : [])];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' }).trim().split('\n').at(-1)!) as Run;
}

const runs: { a: Run; b: Run; floor?: Run }[] = [];
for (let pair = 0; pair < Number(values.pairs); pair += 1) {
  const order = pair % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
  const done = Object.fromEntries(order.map((side) => [side, render(roots[side])])) as { a: Run; b: Run };
  const floor = values.floor ? render(roots.a, true) : undefined;
  runs.push({ ...done, ...(floor ? { floor } : {}) });
  const phases = (run: Run) =>
    `${run.seconds.toFixed(2)} s (${run.pages} p; load ${run.load?.toFixed(2)} layout ${run.layout?.toFixed(2)} print ${run.print?.toFixed(2)})`;
  console.log(
    `pair ${pair + 1} ${order.join('')}: A ${phases(done.a)} · B ${phases(done.b)}${floor ? ` · floor ${floor.seconds.toFixed(2)} s` : ''}`,
  );
}

const median = (pick: (run: { a: Run; b: Run; floor?: Run }) => number) => spreadOf(runs.map(pick)).median;
for (const key of ['seconds', 'load', 'layout', 'print'] as const) {
  const a = median((run) => run.a[key] ?? 0);
  const b = median((run) => run.b[key] ?? 0);
  const ratio = median((run) => (run.b[key] ?? 0) / (run.a[key] ?? 1));
  console.log(
    `${key.padEnd(7)} A ${a.toFixed(2)} s · B ${b.toFixed(2)} s · B ÷ A ${ratio.toFixed(3)} (median of ${runs.length} pairs)`,
  );
}
if (values.floor) {
  const floor = median((run) => run.floor!.seconds);
  console.log(
    `floor   ${floor.toFixed(2)} s · A ÷ floor ${(median((run) => run.a.seconds) / floor).toFixed(2)} · B ÷ floor ${(median((run) => run.b.seconds) / floor).toFixed(2)}`,
  );
}
