import { describe, expect, it } from 'vitest';
import { breakDecision } from '../../../workbook/print/runtime/break-decision.ts';

const page = 900;

describe('breakDecision', () => {
  it('moves a block that fits on one page to the next page whole, with its prompt', () => {
    expect(breakDecision({ needed: 400, capacity: page, linesHere: 6, atTop: false })).toBe('move');
    expect(breakDecision({ needed: page, capacity: page, linesHere: 20, atTop: false })).toBe('move');
  });

  it('cuts a block taller than a page, where at least two of its lines stay under their prompt', () => {
    expect(breakDecision({ needed: page + 40, capacity: page, linesHere: 2, atTop: false })).toBe('split');
  });

  it('moves a block taller than a page rather than leave its prompt with fewer than two lines', () => {
    expect(breakDecision({ needed: page + 40, capacity: page, linesHere: 1, atTop: false })).toBe('move');
    expect(breakDecision({ needed: page + 40, capacity: page, linesHere: 0, atTop: false })).toBe('move');
  });

  it('cuts a block that already starts its page: moving it would only give the same page again', () => {
    expect(breakDecision({ needed: page + 40, capacity: page, linesHere: 0, atTop: true })).toBe('split');
    expect(breakDecision({ needed: 400, capacity: page, linesHere: 0, atTop: true })).toBe('split');
  });
});
