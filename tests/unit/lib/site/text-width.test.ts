import { describe, expect, it } from 'vitest';
import { NARROW_EM, labelWidth } from '../../../../src/lib/site/text-width.ts';

describe('labelWidth', () => {
  it('budgets 1 em for each CJK character and CJK punctuation', () => {
    expect(labelWidth('平潭综合实验区', 12)).toBe(7 * 12);
    expect(labelWidth('思茅区（…）▲', 16)).toBe(7 * 16);
  });

  it('budgets digits, spaces and ASCII punctuation as narrow, Latin letters as 1 em', () => {
    expect(labelWidth('2017. ', 10)).toBeCloseTo(6 * NARROW_EM * 10);
    expect(labelWidth('WM', 10)).toBe(20);
  });

  it('counts characters outside the BMP once', () => {
    expect(labelWidth('𠀋区', 12)).toBe(24);
  });
});
