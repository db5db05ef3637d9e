import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../bench/args.ts';

describe('parseBenchArgs', () => {
  it('reads the parts to skip', () => {
    expect(parseBenchArgs(['--skip', 'build, lighthouse', '--scale', '30,1']).skip).toEqual(['build', 'lighthouse']);
    expect(parseBenchArgs([]).skip).toEqual([]);
  });

  it('names an unknown part and lists the known ones', () => {
    expect(() => parseBenchArgs(['--skip', 'lighthouse,speed'])).toThrow(
      /no part of the bench is called "speed".*--skip build,pages/,
    );
  });

  it('takes the number of alternating pairs, five unless told', () => {
    expect(parseBenchArgs([]).pairs).toBe(5);
    expect(parseBenchArgs(['--pairs', '3']).pairs).toBe(3);
    expect(() => parseBenchArgs(['--pairs', '0'])).toThrow(/--pairs must be a whole number ≥ 1, received "0"/);
  });

  it('takes the busy processes of a loaded run, none unless told', () => {
    expect(parseBenchArgs([]).load).toBe(0);
    expect(parseBenchArgs(['--load', '2']).load).toBe(2);
    expect(() => parseBenchArgs(['--load=-1'])).toThrow(/--load must be a whole number ≥ 0.*received "-1"/);
    expect(() => parseBenchArgs(['--load', 'heavy'])).toThrow(/--load must be a whole number ≥ 0.*received "heavy"/);
  });
});
