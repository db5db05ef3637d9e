import { describe, expect, it } from 'vitest';
import { partsUsed } from '../../../bench/parts-used.ts';

describe('partsUsed', () => {
  it('reads the parts a render reports, and counts a render that does not say as one part', () => {
    expect(partsUsed({ seconds: 1.9, parts: 3 })).toBe(3);
    expect(partsUsed({ seconds: 1.9 })).toBe(1);
    expect(partsUsed({ seconds: 1.9, parts: undefined })).toBe(1);
  });

  it('refuses a count that is not a whole number of parts, in one line', () => {
    expect(() => partsUsed({ parts: 0 })).toThrow('The render reported parts = 0: expected a whole number ≥ 1.');
    expect(() => partsUsed({ parts: '2' })).toThrow(/parts = "2"/);
  });
});
