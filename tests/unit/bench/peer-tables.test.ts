import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../../bench/format.ts';
import { cliTimeTable, peerTable } from '../../../bench/peer-tables.ts';
import { OUR_CLI, STOCK_PAGEDJS, type PeerComparison } from '../../../bench/results.ts';
import { spreadOf } from '../../../bench/stats.ts';

const comparison: PeerComparison = {
  factor: 30,
  edition: 'letter',
  ours: {
    name: OUR_CLI,
    whole: spreadOf([50]),
    render: spreadOf([40]),
    pages: 1700,
    split: { beforeRender: 1, guard: 4, postprocess: 1 },
  },
  peers: [{ name: STOCK_PAGEDJS, whole: spreadOf([40]), render: spreadOf([80]), pages: 1690 }],
};

describe('the peer tables', () => {
  it("gives each peer's time over ours, and says when ours is slower", () => {
    const [, stock] = peerTable([comparison]).rows;
    expect(stock).toEqual(['30×', STOCK_PAGEDJS, '1690', '80.00 s', '2.00×', '40.00 s', '0.80× (ours 1.25× slower)']);
  });

  it("splits our CLI's whole process, with the guard and post-processing's share", () => {
    expect(cliTimeTable([comparison]).rows).toEqual([
      ['30×', '50.00 s', '1.00 s (2 %)', '40.00 s (80 %)', '4.00 s (8 %)', '1.00 s (2 %)', '5.00 s (10 %)'],
    ]);
  });

  it('prints markdown the README can take as it is', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x | y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x \\| y |');
  });
});
