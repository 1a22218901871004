import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuanToWan } from '../../../../src/lib/parse/units.ts';

describe('yuanToWan', () => {
  it('divides by 10000 without float noise', () => {
    expect(yuanToWan(1234.56)).toBe(0.123456);
    expect(yuanToWan(251000)).toBe(25.1);
    expect(yuanToWan(242523110.82)).toBe(24252.311082);
    expect(yuanToWan(0)).toBe(0);
  });

  it('keeps every printed decimal (property: 分 amounts come back exactly)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (fen) => {
        const yuan = fen / 100;
        expect(yuanToWan(yuan)).toBe(Number((fen / 1e6).toFixed(6)));
        expect(yuanToWan(yuan) * 10000).toBeCloseTo(yuan, 4);
      }),
    );
  });

  it('keeps decimals beyond 分 too', () => {
    expect(yuanToWan(0.005)).toBe(0.0000005);
    expect(yuanToWan(12.3456)).toBe(0.00123456);
  });
});
