import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { median } from '../../../../src/lib/bench/median.ts';

describe('median', () => {
  it('is the middle run of an odd count, in any order', () => {
    expect(median([69800, 63000, 67500])).toBe(67500);
  });
  it('is the mean of the two middle runs of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses no runs', () => {
    expect(() => median([])).toThrow(/no values/);
  });
  test.prop([fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 15 })])('has as many runs at or below it as at or above it', (xs) => {
    const m = median(xs);
    expect(xs.filter((x) => x <= m).length).toBeGreaterThanOrEqual(xs.length / 2);
    expect(xs.filter((x) => x >= m).length).toBeGreaterThanOrEqual(xs.length / 2);
  });
});
