import { describe, expect, it } from 'vitest';
import { valueDifferences, variantPrimaries } from '../../../../src/lib/records/variants.ts';

describe('valueDifferences', () => {
  it('is empty for equal value sets', () => {
    expect(valueDifferences({ a: 1, b: 2.5 }, { b: 2.5, a: 1 })).toEqual([]);
  });
  it('lists differing and one-sided ids', () => {
    expect(valueDifferences({ a: 1, b: 2 }, { a: 3, c: 4 })).toEqual(['a: 1 ≠ 3', 'b: 仅本版本有 2', 'c: 仅另一版本有 4']);
  });
});

describe('variantPrimaries', () => {
  it('attaches variants (also chains) to a readable primary, promotes a variant of an unreadable file, and breaks cycles at the first name', () => {
    const of: Record<string, string> = { 'b.txt': 'a.txt', 'c.txt': 'b.txt', 'v.txt': 'empty.txt', 'x.txt': 'y.txt', 'y.txt': 'x.txt', 'm.txt': 'missing.txt' };
    const files = ['a.txt', 'b.txt', 'c.txt', 'empty.txt', 'm.txt', 'v.txt', 'x.txt', 'y.txt'];
    const got = variantPrimaries(files, (f) => of[f], new Set(files.filter((f) => f !== 'empty.txt')));
    expect(Object.fromEntries(got)).toEqual({
      'a.txt': { primary: null },
      'b.txt': { primary: 'a.txt' },
      'c.txt': { primary: 'a.txt' },
      'm.txt': { primary: null, note: 'variant_of missing.txt 不存在，作为独立报告' },
      'v.txt': { primary: null, note: 'variant_of empty.txt 无法读取，作为独立报告' },
      'x.txt': { primary: null, note: 'variant_of 成环（x.txt → y.txt → x.txt），以 x.txt 为主报告' },
      'y.txt': { primary: 'x.txt', note: 'variant_of 成环（y.txt → x.txt → y.txt），以 x.txt 为主报告' },
    });
  });
});
