import { describe, expect, it } from 'vitest';
import { valueDifferences } from '../../../../src/lib/records/variants.ts';

describe('valueDifferences', () => {
  it('is empty for equal value sets', () => {
    expect(valueDifferences({ a: 1, b: 2.5 }, { b: 2.5, a: 1 })).toEqual([]);
  });
  it('lists differing and one-sided ids', () => {
    expect(valueDifferences({ a: 1, b: 2 }, { a: 3, c: 4 })).toEqual(['a: 1 ≠ 3', 'b: 仅本版本有 2', 'c: 仅另一版本有 4']);
  });
});
