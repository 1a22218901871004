// Annual | cumulative decoding of fused digit runs.
import { describe, expect, it } from 'vitest';
import { decodeGroup, splits } from '../../../../../src/lib/parse/pre2019/fused-pairs.ts';

const none = new Set<number>();
/** parent = Σ 其中 rows over positions 0 = 1 + 2, as decoder-constraints builds it from a catalog rule */
const SUM = [{ rule: 'pre.example.sum', terms: [{ i: 0, coef: 1 }, { i: 1, coef: -1 }, { i: 2, coef: -1 }], last: 2 }];

describe('splits', () => {
  it('lists readings with cumulative ≥ annual and no leading zeros', () => {
    expect(splits('4251516')).toEqual([
      [4, 251516],
      [42, 51516],
      [425, 1516],
    ]);
    expect(splits('00')).toEqual([[0, 0]]);
    expect(splits('01')).toEqual([[0, 1]]);
    expect(splits('2121')).toEqual([
      [2, 121],
      [21, 21],
    ]);
    expect(splits('7')).toEqual([]);
  });
});

describe('decodeGroup', () => {
  it('uses 其中 rows ≤ parent (both columns)', () => {
    const d = decodeGroup([
      { options: splits('4251516'), hints: none },
      { options: splits('4181509'), hints: none },
      { options: splits('77'), hints: none },
    ]);
    expect(d.map((x) => x.value)).toEqual([425, 418, 7]);
  });
  it('uses the equations it is given (parent = Σ 其中 rows, both columns) and names the rule on the rows it decided', () => {
    const rows = () => [
      { options: splits('11102'), hints: none },
      { options: splits('051'), hints: none },
      { options: splits('1151'), hints: none },
    ];
    expect(decodeGroup(rows()).map((x) => x.value)).toEqual([null, 0, null]);
    const d = decodeGroup(rows(), SUM);
    expect(d.map((x) => x.value)).toEqual([11, 0, 11]);
    expect(d.map((x) => x.decodedWith)).toEqual([['pre.example.sum'], ['pre.example.sum'], ['pre.example.sum']]);
  });
  it('uses 其中 rows ≤ parent when the sums do not hold, then the prose figure', () => {
    const d = decodeGroup([
      { options: splits('20263542'), hints: new Set([2026, 2475, 1503]) },
      { options: splits('17953304'), hints: none },
      { options: splits('07'), hints: none },
    ]);
    expect(d.map((x) => x.value)).toEqual([2026, 1795, 0]);
  });
  it('stays ambiguous without deciding evidence', () => {
    const d = decodeGroup([
      { options: splits('294981916'), hints: none },
      { options: splits('294981916'), hints: none },
      { options: splits('00'), hints: none },
    ]);
    expect(d[0]).toEqual({ value: null, candidates: [2, 29, 294, 2949], decodedWith: [] });
    expect(d[2]!.value).toBe(0);
  });
  it('a lone row is decided only when its readings agree', () => {
    expect(decodeGroup([{ options: splits('00'), hints: none }])[0]!.value).toBe(0);
    expect(decodeGroup([{ options: splits('2121'), hints: none }])[0]!.value).toBeNull();
    expect(decodeGroup([{ options: splits('2121'), hints: new Set([21]) }])[0]!.value).toBe(21);
  });
});
