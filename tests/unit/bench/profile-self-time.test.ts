import { describe, expect, it } from 'vitest';
import { selfTimes } from '../../../bench/profile-self-time.ts';
import { busiestTraceEvents } from '../../../bench/trace-self-time.ts';

const frame = (functionName: string, url = '', lineNumber = 0, columnNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber,
});

describe('selfTimes', () => {
  it('charges each sample the time until the next, by function, most first', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: frame('hasOverflow', 'http://x/_astro/print.js?v=1', 0, 41) },
        { id: 3, callFrame: frame('', 'http://x/_astro/print.js', 9, 0) },
      ],
      samples: [2, 3, 2, 2],
      timeDeltas: [0, 4000, 1000, 1000],
    };
    expect(selfTimes(profile)).toEqual([
      { name: 'hasOverflow print.js:1:42', ms: 5 },
      { name: '(anonymous) print.js:10:1', ms: 1 },
    ]);
  });
});

describe('busiestTraceEvents', () => {
  it('takes nested events out of their parent, per thread', () => {
    const event = (name: string, ts: number, dur: number, tid = 1) => ({ name, ph: 'X', ts, dur, pid: 1, tid });
    const rows = busiestTraceEvents([
      event('RunTask', 0, 10_000),
      event('Layout', 1_000, 4_000),
      event('Shape', 2_000, 1_000),
      event('Layout', 6_000, 2_000),
      event('Layout', 0, 3_000, 2),
      { name: 'Mark', ph: 'I', ts: 5, pid: 1, tid: 1 },
    ]);
    expect(rows).toEqual([
      { name: 'Layout', ms: 8, count: 3 },
      { name: 'RunTask', ms: 4, count: 1 },
      { name: 'Shape', ms: 1, count: 1 },
    ]);
  });
});
