import { describe, expect, it } from 'vitest';
import { inTurn } from '../../../bench/stats.ts';

describe('inTurn: one pair of an A/B, alternating which goes first', () => {
  it('runs a first in even pairs and b first in odd ones, and returns [a, b] either way', async () => {
    const order: string[] = [];
    const a = () => Promise.resolve(order.push('a') && 'A');
    const b = () => Promise.resolve(order.push('b') && 'B');
    expect(await inTurn(0, a, b)).toEqual(['A', 'B']);
    expect(await inTurn(1, a, b)).toEqual(['A', 'B']);
    expect(order).toEqual(['a', 'b', 'b', 'a']);
  });
});
