import { describe, expect, it } from 'vitest';
import { FALLBACK_BUILD_DATE, resolveBuildDate } from '../../../workbook/pdf/build-date.ts';

const noGit = (): undefined => undefined;

describe('resolveBuildDate', () => {
  it('uses SOURCE_DATE_EPOCH first', () => {
    const resolved = resolveBuildDate({ env: { SOURCE_DATE_EPOCH: '1735689600' }, lastCommitSeconds: () => 1 });
    expect(resolved).toEqual({ date: new Date('2025-01-01T00:00:00Z'), source: 'SOURCE_DATE_EPOCH' });
  });

  it('rejects a SOURCE_DATE_EPOCH that is not whole seconds, naming the variable', () => {
    expect(() => resolveBuildDate({ env: { SOURCE_DATE_EPOCH: '2025-01-01' }, lastCommitSeconds: noGit })).toThrow(
      /SOURCE_DATE_EPOCH must be whole seconds/,
    );
  });

  it('uses the last commit time when SOURCE_DATE_EPOCH is unset', () => {
    const resolved = resolveBuildDate({ env: {}, lastCommitSeconds: () => 1_700_000_000 });
    expect(resolved).toEqual({ date: new Date(1_700_000_000_000), source: 'git' });
  });

  it('falls back to a fixed date, never the clock', () => {
    expect(resolveBuildDate({ env: {}, lastCommitSeconds: noGit })).toEqual({
      date: FALLBACK_BUILD_DATE,
      source: 'fallback',
    });
  });
});
