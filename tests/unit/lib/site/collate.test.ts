// Chinese collation: ranks give zhCompare's order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collationRanks, zhCompare } from '../../../../src/lib/site/collate.ts';

describe('collationRanks', () => {
  it('orders any names as zhCompare does, collator-equal names sharing a rank (fast-check)', () => {
    const name = fc.string({ unit: fc.constantFrom('长', '沙', '市', '县', '阿', 'a', 'A', 'b', '１', '1', ' ', '\u0301'), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(name, { maxLength: 12 }), (names) => {
        const ranks = collationRanks(names);
        for (const a of names) for (const b of names) expect(Math.sign(ranks.get(a)! - ranks.get(b)!)).toBe(Math.sign(zhCompare(a, b)));
      }),
    );
  });
});
