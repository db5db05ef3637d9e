import { seconds, spread } from './format.ts';
import type { BenchResults, ContenderFigures, PeerComparison } from './results.ts';

export interface TableData {
  header: string[];
  rows: string[][];
}

/** "2.31×", or "0.80× (ours 1.25× slower)": how many times faster ours is than a peer. */
function speedup(peer: number | undefined, ours: number | undefined): string {
  if (peer === undefined || ours === undefined) return 'n/a';
  const times = peer / ours;
  return times >= 1 ? `${times.toFixed(2)}×` : `${times.toFixed(2)}× (ours ${(1 / times).toFixed(2)}× slower)`;
}

function figure(contender: ContenderFigures, which: 'render' | 'whole'): string {
  const value = contender[which];
  if (value) return spread(value);
  const failedAfter =
    which === 'whole' && contender.failedAfter !== undefined
      ? ` (failed after ${seconds(contender.failedAfter, 1)})`
      : '';
  return `not measured${contender.error ? `: ${contender.error}` : ''}${failedAfter}`;
}

/**
 * Our CLI and each peer at each size: render alone and whole process, and the peer's time over
 * ours (above 1: ours is faster).
 */
export function peerTable(peers: readonly PeerComparison[]): TableData {
  const rows = peers.flatMap((comparison) => [
    [
      `${comparison.factor}×`,
      comparison.ours.name,
      String(comparison.ours.pages ?? 'n/a'),
      figure(comparison.ours, 'render'),
      '',
      figure(comparison.ours, 'whole'),
      '',
    ],
    ...comparison.peers.map((peer) => [
      `${comparison.factor}×`,
      peer.name,
      String(peer.pages ?? 'n/a'),
      figure(peer, 'render'),
      speedup(peer.render?.median, comparison.ours.render?.median),
      figure(peer, 'whole'),
      peer.whole === undefined && peer.failedAfter !== undefined && comparison.ours.whole
        ? `≥ ${speedup(peer.failedAfter, comparison.ours.whole.median)}`
        : speedup(peer.whole?.median, comparison.ours.whole?.median),
    ]),
  ]);
  return {
    header: ['size', 'renderer', 'pages', 'render alone', 'peer ÷ ours', 'whole process', 'peer ÷ ours'],
    rows,
  };
}

/** Where our CLI's whole process goes: before the render, the render, the guard, post-processing. */
export function cliTimeTable(peers: readonly PeerComparison[]): TableData {
  const share = (part: number, whole: number) => `${seconds(part, 2)} (${((100 * part) / whole).toFixed(0)} %)`;
  const rows = peers.flatMap((comparison) => {
    const { ours } = comparison;
    if (!ours.whole || !ours.render || !ours.split) return [];
    const whole = ours.whole.median;
    const { beforeRender, guard, postprocess } = ours.split;
    return [
      [
        `${comparison.factor}×`,
        seconds(whole, 2),
        share(beforeRender, whole),
        share(ours.render.median, whole),
        share(guard, whole),
        share(postprocess, whole),
        share(guard + postprocess, whole),
      ],
    ];
  });
  return {
    header: [
      'size',
      'whole process',
      'before the render',
      'render',
      'guard',
      'post-processing',
      'guard + post-processing',
    ],
    rows,
  };
}

export function studioTable(studio: NonNullable<BenchResults['studio']>): TableData {
  const overNative = (wait: NonNullable<BenchResults['studio']>['wholeBook']) =>
    `${(wait.median / studio.nativePrint.median).toFixed(2)}`;
  return {
    header: ['the studio, to "Preview ready"', 'seconds', '÷ native print'],
    rows: [
      ['whole book (Letter), from opening the address', spread(studio.wholeBook), overNative(studio.wholeBook)],
      ['booklet (Letter), from opening the address', spread(studio.booklet), overNative(studio.booklet)],
      ['whole book, after changing the writing space', spread(studio.afterChange), overNative(studio.afterChange)],
      ['native print of the same page, same browser', spread(studio.nativePrint), ''],
    ],
  };
}
