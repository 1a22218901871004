import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceTicks } from '../../../../src/lib/site/ticks.ts';

describe('niceTicks', () => {
  it('gives round steps from 0 past the maximum', () => {
    expect([niceTicks(137), niceTicks(3119), niceTicks(7), niceTicks(0.38)]).toEqual([
      [0, 50, 100, 150],
      [0, 1000, 2000, 3000, 4000],
      [0, 2, 4, 6, 8],
      [0, 0.1, 0.2, 0.3, 0.4],
    ]);
  });

  it('handles an all-zero series', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('always covers the maximum with at most 6 ticks of a 1/2/5 step', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (max) => {
        const t = niceTicks(max);
        const step = t[1]! - t[0]!;
        const lead = step / 10 ** Math.floor(Math.log10(step) + 1e-9);
        return t[0] === 0 && t[t.length - 1]! >= max * (1 - 1e-9) && t.length <= 7 && [1, 2, 5, 10].some((m) => Math.abs(lead - m) < 1e-6 * m);
      }),
    );
  });
});
