import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  enumerateSplits,
  hasSolution,
  solve,
  validPiece,
  verdicts,
  type LinearConstraint,
  type Variable,
} from '../../../../../src/lib/parse/post2019/fused-cells.ts';

import { equationsOver, partialCheck, splitCheck, t3RowEquations } from '../../../../../src/lib/parse/decoder-constraints.ts';

const INT7 = Array(7).fill('int') as Array<'int'>;
const COLS7 = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
// the catalog's row total of a table-3 row, and the three group totals of table 4
const rowTotalCheck = () => splitCheck(t3RowEquations('new_received', COLS7));
const T4_IDS = ['review', 'lit_direct', 'lit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `t4.${g}.${c}`));
const groupTotalCheck = () => splitCheck(equationsOver(T4_IDS));

describe('validPiece', () => {
  it('rejects leading zeros, misplaced minus signs and decimals in count cells', () => {
    expect(validPiece('0', 'int')).toBe(true);
    expect(validPiece('05', 'int')).toBe(false);
    expect(validPiece('-5', 'int')).toBe(false);
    expect(validPiece('-5', 'signed')).toBe(true);
    expect(validPiece('-0', 'signed')).toBe(false);
    expect(validPiece('5-', 'signed')).toBe(false);
    expect(validPiece('2.5', 'int')).toBe(false);
    expect(validPiece('24252.311082', 'decimal')).toBe(true);
    expect(validPiece('.5', 'decimal')).toBe(false);
  });
});

describe('enumerateSplits: table 3 rows (7 cells, total = sum of six)', () => {
  it('decodes a row with a unique split (pt-syq-2021 本年新收 640020470)', () => {
    const r = enumerateSplits('640020470', INT7, { check: rowTotalCheck() });
    expect(r.splits.map((s) => s.values)).toEqual([[64, 0, 0, 2, 0, 4, 70]]);
    expect(r.splits[0]!.cuts).toEqual([0, 2, 3, 4, 5, 6, 7, 9]);
  });

  it('reports both readings of an ambiguous row (予以公开 270020130)', () => {
    const r = enumerateSplits('270020130', INT7, { check: rowTotalCheck() });
    const readings = r.splits.map((s) => s.values);
    expect(readings).toHaveLength(2);
    expect(readings).toContainEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(readings).toContainEqual([2, 7, 0, 0, 20, 1, 30]);
    const v = verdicts(readings, 7);
    expect(v[0]).toEqual({ value: null, candidates: [2, 27] });
    expect(v[1]).toEqual({ value: null, candidates: [0, 7] });
    expect(v[5]).toEqual({ value: 1, candidates: [] });
    expect(v[6]).toEqual({ value: 30, candidates: [] });
  });

  it('splits a three-digit applicant count (pt-syq-2025 本年新收 15130000154)', () => {
    const r = enumerateSplits('15130000154', INT7, { check: rowTotalCheck() });
    expect(r.splits.map((s) => s.values)).toEqual([[151, 3, 0, 0, 0, 0, 154]]);
  });

  it('caps the work, not the results: a 100-digit table-4 run stops at the cap, marked truncated', () => {
    const run = Array.from({ length: 10 }, (_, i) => String(1_000_000_000 + 123457 * (i + 1))).join('');
    const kinds = Array(15).fill('int') as Array<'int'>;
    const r = enumerateSplits(run, kinds, { check: groupTotalCheck(), maxWork: 10_000 });
    expect(r).toEqual({ splits: [], truncated: true });
  });

  it('without the row check every well-formed cut is a candidate', () => {
    const r = enumerateSplits('000', ['int', 'int', 'int']);
    expect(r.splits.map((s) => s.values)).toEqual([[0, 0, 0]]);
    expect(enumerateSplits('0000', ['int', 'int', 'int']).splits).toEqual([]);
  });

  it('handles an 8-column row (自然人, 法人或其他组织 subtotal, five columns, 总计)', () => {
    const check = (i: number, v: number[]): boolean => i < 7 || (v[1] === v[2]! + v[3]! + v[4]! + v[5]! + v[6]! && v[7] === v[0]! + v[1]!);
    const r = enumerateSplits('1232000115', Array(8).fill('int'), { check });
    expect(r.splits.map((s) => s.values)).toEqual([[12, 3, 2, 0, 0, 0, 1, 15]]);
  });
});

describe('enumerateSplits: table 4 (15 cells, three groups with totals)', () => {
  it('decodes 17 digits with two-digit cells uniquely (pt-syq-2021)', () => {
    const r = enumerateSplits('10203120001200000', Array(15).fill('int'), { check: groupTotalCheck() });
    expect(r.splits.map((s) => s.values)).toEqual([[1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]]);
  });

  it('decodes pt-syq-2025 25380363300630003', () => {
    const r = enumerateSplits('25380363300630003', Array(15).fill('int'), { check: groupTotalCheck() });
    expect(r.splits.map((s) => s.values)).toEqual([[25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3]]);
  });

  it('an all-zero table is 15 zeros', () => {
    const r = enumerateSplits('000000000000000', Array(15).fill('int'), { check: groupTotalCheck() });
    expect(r.splits.map((s) => s.values)).toEqual([Array(15).fill(0)]);
  });
});

describe('enumerateSplits: table 2 cells', () => {
  it('keeps negative deltas (本年增/减) at the start of a cell', () => {
    const r = enumerateSplits('100-5230', ['int', 'signed', 'int']);
    const readings = r.splits.map((s) => s.values);
    expect(readings).toContainEqual([100, -5, 230]);
    expect(readings).toContainEqual([100, -52, 30]);
    expect(readings).toContainEqual([100, -523, 0]);
    expect(readings.every((x) => x[0] === 100)).toBe(true);
    expect(verdicts(readings, 3)[0]).toEqual({ value: 100, candidates: [] });
    expect(enumerateSplits('-18538', ['signed']).splits.map((s) => s.values)).toEqual([[-18538]]);
  });

  it('keeps decimals in amount cells only', () => {
    expect(enumerateSplits('24252.311082', ['decimal']).splits.map((s) => s.values)).toEqual([[24252.311082]]);
    const r = enumerateSplits('13575394432.52', ['int', 'decimal']);
    const readings = r.splits.map((s) => s.values);
    expect(readings).toContainEqual([135, 75394432.52]);
    expect(readings).toContainEqual([13, 575394432.52]);
    expect(readings.every((x) => Number.isInteger(x[0]))).toBe(true);
  });

  it('table 2 fused cells are usually ambiguous (693665)', () => {
    const r = enumerateSplits('693665', ['int', 'int', 'int']);
    expect(r.splits.length).toBeGreaterThan(1);
    expect(r.splits.map((s) => s.values)).toContainEqual([69, 3, 665]);
    const v = verdicts(r.splits.map((s) => s.values), 3);
    expect(v.every((c) => c.value === null && c.candidates.length > 1)).toBe(true);
  });
});

describe('solve: joint search with the column constraints', () => {
  // pt-syq-2021, natural column: 64 + 0 = 63 + 1 and 63 = Σ result rows
  const vars: Variable[] = [
    { key: 'new_received', candidates: [[64, 0, 0, 2, 0, 4, 70]] },
    { key: 'carried_over', candidates: [[0, 0, 0, 0, 0, 0, 0]] },
    { key: 'granted', candidates: [[27, 0, 0, 2, 0, 1, 30], [2, 7, 0, 0, 20, 1, 30]] },
    { key: 'partial', candidates: [[5, 0, 0, 0, 0, 0, 5]] },
    { key: 'other', candidates: [[9, 0, 0, 0, 0, 0, 9]] },
    { key: 'not_held', candidates: [[22, 0, 0, 0, 0, 3, 25], [2, 20, 0, 0, 0, 3, 25]] },
    { key: 'total', candidates: [[63, 0, 0, 2, 0, 4, 69]] },
    { key: 'carried_forward', candidates: [[1, 0, 0, 0, 0, 0, 1]] },
  ];
  const constraints: LinearConstraint[] = [];
  for (let col = 0; col < 7; col++) {
    constraints.push({ name: `balance.${col}`, terms: [
      { key: 'new_received', col, coef: 1 }, { key: 'carried_over', col, coef: 1 },
      { key: 'total', col, coef: -1 }, { key: 'carried_forward', col, coef: -1 },
    ] });
    constraints.push({ name: `results.${col}`, terms: [
      { key: 'total', col, coef: 1 },
      ...['granted', 'partial', 'other', 'not_held'].map((key) => ({ key, col, coef: -1 })),
    ] });
  }

  it('keeps only the readings that satisfy every column', () => {
    const res = solve(vars, constraints);
    expect(res.truncated).toBe(false);
    expect(res.solutions).toEqual([[0, 0, 0, 0, 0, 0, 0, 0]]);
  });

  it('finds no solution when the columns cannot balance', () => {
    const broken = vars.map((v) => (v.key === 'carried_forward' ? { ...v, candidates: [[2, 0, 0, 0, 0, 0, 2]] } : v));
    expect(solve(broken, constraints).solutions).toEqual([]);
  });

  it('skips constraints over missing rows and null cells', () => {
    const partial = vars.filter((v) => v.key !== 'total');
    const res = solve(partial, constraints);
    expect(res.solutions).toHaveLength(4); // nothing left to choose between the readings
    // blank 总计 cells where the 不掌握 readings differ (自然人, 商业企业): only the 社会公益组织
    // column (2 vs 0) still decides 予以公开, so 不掌握 stays open between its two readings
    const withBlank = vars.map((v) => (v.key === 'total' ? { ...v, candidates: [[null, null, 0, 2, null, 4, 69]] } : v));
    const res2 = solve(withBlank, constraints);
    expect(res2.solutions).toHaveLength(2);
    expect(new Set(res2.solutions.map((s) => s[2]))).toEqual(new Set([0]));
    expect(new Set(res2.solutions.map((s) => s[5]))).toEqual(new Set([0, 1]));
  });
});

// Time-out classes the fuzzer found (`npm run fuzz`, huge-number mutations): long fused runs of a
// table-3 row and many-candidate joint searches. Asserted by result, never by time.
describe('bounded search (fuzz findings)', () => {
  const COLS8 = ['natural', 'org', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
  const rowEqs = (cols: string[]) => t3RowEquations('granted', cols);
  const opts = (cols: string[]) => ({ check: splitCheck(rowEqs(cols)), partial: partialCheck(rowEqs(cols), cols.length - 1) });

  test.prop([fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 6, maxLength: 6 })], { numRuns: 40 })(
    'cutting the total first finds exactly the readings the plain left-to-right search finds',
    (cells) => {
      const run = [...cells, cells.reduce((a, b) => a + b, 0)].join('');
      const plain = enumerateSplits(run, INT7, { check: splitCheck(rowEqs(COLS7)), maxWork: 1e7 });
      const fast = enumerateSplits(run, INT7, { ...opts(COLS7), lastIsMax: true, maxWork: 1e7 });
      const key = (r: typeof plain) => r.splits.map((s) => s.values.join(',')).sort();
      expect(fast.truncated).toBe(false);
      expect(key(fast)).toEqual(key(plain));
      expect(key(fast)).toContain(cells.join(',') + ',' + cells.reduce((a, b) => a + b, 0));
    },
  );

  it('a 78-digit run for one 8-cell row stops at the work cap: truncated, so its cells are ambiguous', () => {
    const run = '123456789012'.repeat(6) + '999999';
    const r = enumerateSplits(run, Array(8).fill('int'), { ...opts(COLS8), lastIsMax: true });
    expect(r).toEqual({ splits: [], truncated: true });
  });

  test.prop([
    fc.array(fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 4 }), { minLength: 3, maxLength: 6 }),
  ])('the bounded joint search gives exactly the solutions of trying every combination', (cands) => {
    const vars: Variable[] = cands.map((c, i) => ({ key: `v${i}`, candidates: c }));
    // column 0: v0 = Σ the others; column 1: v1 + v2 = v0
    const constraints: LinearConstraint[] = [
      { name: 'sum', terms: [{ key: 'v0', col: 0, coef: 1 }, ...vars.slice(1).map((v) => ({ key: v.key, col: 0, coef: -1 }))] },
      { name: 'pair', terms: [{ key: 'v1', col: 1, coef: 1 }, { key: 'v2', col: 1, coef: 1 }, { key: 'v0', col: 1, coef: -1 }] },
    ];
    const all: number[][] = [];
    const rec = (i: number, pick: number[]) => {
      if (i === vars.length) {
        const val = (k: string, col: number) => vars[Number(k.slice(1))]!.candidates[pick[Number(k.slice(1))]!]![col]!;
        if (constraints.every((c) => c.terms.reduce((s, t) => s + t.coef * val(t.key, t.col), 0) === 0)) all.push([...pick]);
        return;
      }
      vars[i]!.candidates.forEach((_, j) => rec(i + 1, [...pick, j]));
    };
    rec(0, []);
    const res = solve(vars, constraints, { limit: 10_000, nodeLimit: 1e7 });
    expect(res.truncated).toBe(false);
    expect(res.solutions.map((s) => s.join(',')).sort()).toEqual(all.map((s) => s.join(',')).sort());
  });

  test.prop([
    fc.array(fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 6 }), { freq: 8 }), { minLength: 3, maxLength: 3 }), { maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.array(fc.tuple(fc.nat(7), fc.nat(2), fc.constantFrom(1, -1, 2, -2)), { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
  ])('hasSolution says whether the joint search finds any solution (nulls, repeated and missing keys included)', (cands, cons) => {
    const vars: Variable[] = cands.map((c, i) => ({ key: `v${i}`, candidates: c }));
    const constraints: LinearConstraint[] = cons.map((terms, i) => ({ name: `c${i}`, terms: terms.map(([k, col, coef]) => ({ key: `v${k}`, col, coef })) }));
    expect(hasSolution(vars, constraints, 1e7)).toBe(solve(vars, constraints, { limit: 1, nodeLimit: 1e7 }).solutions.length > 0);
  });
});
