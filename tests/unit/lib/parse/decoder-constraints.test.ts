import { describe, expect, it } from 'vitest';
import { equationsOver, holds, splitCheck, t3Cell, t3RowConsistent, t3RowEquations, t3TableEquations } from '../../../../src/lib/parse/decoder-constraints.ts';
import { parseText } from '../../../../src/lib/parse/index.ts';

const COLS7 = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
const COLS8 = ['natural', 'org', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'total'];
const T4_IDS = ['review', 'lit_direct', 'lit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `t4.${g}.${c}`));

describe('equationsOver', () => {
  it('gives the catalog equations whose every id is in the list, over the list positions', () => {
    const eqs = equationsOver(T4_IDS);
    expect(eqs.map((e) => e.rule)).toEqual(['t4.row_sum.review', 't4.row_sum.lit_direct', 't4.row_sum.lit_after_review']);
    expect(eqs[0]).toEqual({ rule: 't4.row_sum.review', terms: [{ i: 4, coef: 1 }, { i: 0, coef: -1 }, { i: 1, coef: -1 }, { i: 2, coef: -1 }, { i: 3, coef: -1 }], last: 4 });
  });
  it('leaves out an equation one of whose ids is not in the list', () => {
    expect(equationsOver(T4_IDS.slice(0, 4))).toEqual([]);
  });
});

describe('holds / splitCheck', () => {
  const [review] = equationsOver(T4_IDS);
  it('holds when the sum is met or a cell has no value', () => {
    expect(holds(review!, [1, 2, 0, 0, 3])).toBe(true);
    expect(holds(review!, [1, 2, 0, 0, 4])).toBe(false);
    expect(holds(review!, [1, null, 0, 0, 4])).toBe(true);
  });
  it('tests an equation once its last cell has a value', () => {
    const check = splitCheck([review!]);
    expect(check(3, [1, 2, 0, 0])).toBe(true);
    expect(check(4, [1, 2, 0, 0, 4])).toBe(false);
  });
});

describe('table 3', () => {
  it('reads a table-3 id as row and column', () => {
    expect(t3Cell('t3.denied.state_secret.natural')).toEqual({ row: 'denied.state_secret', col: 'natural' });
    expect(t3Cell('requests.received')).toBeNull();
  });
  it('gives a row its row total, and its 法人或其他组织 subtotal when that column is read', () => {
    expect(t3RowEquations('new_received', COLS7).map((e) => e.rule)).toEqual(['t3.row_sum.new_received']);
    expect(t3RowEquations('other.misc', COLS8).map((e) => e.rule)).toEqual(['t3.row_sum.other.misc', 't3.def.org.other.misc']);
  });
  it('checks a reading of an unnamed row against the equations every row has', () => {
    expect(t3RowConsistent(COLS7, [1, 2, 3, 4, 5, 6, 21])).toBe(true);
    expect(t3RowConsistent(COLS7, [1, 2, 3, 4, 5, 6, 20])).toBe(false);
    expect(t3RowConsistent(COLS8, [1, 20, 2, 3, 4, 5, 6, 21])).toBe(true);
    expect(t3RowConsistent(COLS8, [1, 19, 2, 3, 4, 5, 6, 21])).toBe(false);
  });
  it('gives the solver the equations across rows: the balance and 总计 = Σ results per column, of both forms', () => {
    const families = new Set(t3TableEquations(COLS7).map((e) => e.rule.replace(/\.[a-z_]+$/, '')));
    expect(families).toEqual(new Set(['t3.balance', 't3.results_sum.2019', 't3.results_sum.2021', 't3.def.denied', 't3.def.unable', 't3.def.not_processed', 't3.def.other']));
    const balance = t3TableEquations(COLS7).find((e) => e.rule === 't3.balance.natural')!;
    expect(balance.terms).toEqual([
      { row: 'new_received', col: 0, coef: 1 }, { row: 'carried_over', col: 0, coef: 1 }, { row: 'total', col: 0, coef: -1 }, { row: 'carried_forward', col: 0, coef: -1 },
    ]);
  });
});

const report = (t4: string): string =>
  `某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n概述。\n二、主动公开政府信息情况\n第二十条第（一）项\n三、收到和处理政府信息公开申请情况\n| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n四、政府信息公开行政复议、行政诉讼情况\n${t4}\n五、存在的主要问题及改进情况\n无。\n`;
const status = (rec: ReturnType<typeof parseText>, rule: string) => rec.checks.find((c) => c.rule === rule)?.status;

describe('rules used for decoding (parse)', () => {
  it('a fused table-4 run is split by the group totals; those checks say USED_FOR_DECODING, and the values name the rule', () => {
    const rec = parseText(report('120030000000000'), 'x.txt');
    expect(rec.values['t4.review.total']).toBe(3);
    expect(rec.provenance['t4.review.total']!.decodedWith).toEqual(['t4.row_sum.review']);
    expect(status(rec, 't4.row_sum.review')).toBe('USED_FOR_DECODING');
  });
  it('printed cells are checked: the same sums PASS', () => {
    const rec = parseText(report('| 1 | 2 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'), 'x.txt');
    expect(rec.provenance['t4.review.total']!.decodedWith).toBeUndefined();
    expect(status(rec, 't4.row_sum.review')).toBe('PASS');
  });
  it('a run with only one cut, which the totals do not accept, names no rule and its check FAILs', () => {
    const rec = parseText(report('120040000000000'), 'x.txt');
    expect(rec.values['t4.review.total']).toBe(4);
    expect(rec.provenance['t4.review.total']!.decodedWith).toBeUndefined();
    expect(status(rec, 't4.row_sum.review')).toBe('FAIL');
  });
});
