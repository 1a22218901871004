import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/lib/catalog/index.ts';
import { crossYearChecks, type YearRecord } from '../../../../src/lib/validate/cross-year.ts';

const rec = (id: string, year: number | null, values: Record<string, number>, over: Partial<YearRecord> = {}): YearRecord => ({
  id,
  placeKey: 'place-a',
  year,
  template: 'post2019',
  variant: '2021',
  values,
  ...over,
});
const find = (m: Map<string, ReturnType<typeof crossYearChecks> extends Map<string, infer V> ? V : never>, id: string, rule: string) =>
  m.get(id)?.find((c) => c.rule === rule);

describe('crossYearChecks: 上年结转 = 上一年的结转下年度继续办理', () => {
  const y21 = rec('r2021', 2021, { 't3.carried_forward.total': 5, 't3.carried_forward.natural': 2 });
  const y22 = rec('r2022', 2022, { 't3.carried_over.total': 5, 't3.carried_over.natural': 3 });
  const out = crossYearChecks([y21, y22]);

  it('passes equal figures and names the other report', () => {
    expect(find(out, 'r2022', 't3.xyear.carry.total')).toMatchObject({
      severity: 'warning',
      status: 'PASS',
      otherReport: 'r2021',
      values: { 't3.carried_over.total@Y': 5, 't3.carried_forward.total@Y-1': 5 },
      lhs: 5,
      rhs: 5,
      detail: '5 = 5',
    });
  });

  it('fails different figures', () => {
    expect(find(out, 'r2022', 't3.xyear.carry.natural')).toMatchObject({ status: 'FAIL', detail: '3 ≠ 2' });
  });

  it('is NOT_ASSESSABLE when either year lacks the figure', () => {
    expect(find(out, 'r2022', 't3.xyear.carry.legal')!.status).toBe('NOT_ASSESSABLE');
  });

  it('attaches @Y-1 results to the later report only', () => {
    expect(out.get('r2021')!.filter((c) => c.rule.startsWith('t3.xyear.'))).toEqual([]);
  });

  it('returns an entry for every record, even with no results', () => {
    expect([...out.keys()].sort()).toEqual(['r2021', 'r2022']);
  });

  it('only uses cross-year rules', () => {
    const crossYear = new Set(rules.filter((r) => r.scope === 'cross-year').map((r) => r.id));
    for (const list of out.values()) for (const c of list) expect(crossYear.has(c.rule)).toBe(true);
  });
});

describe('crossYearChecks: which reports are paired', () => {
  const values = { 't3.carried_forward.total': 5, 't3.carried_over.total': 5 };

  it('needs consecutive years', () => {
    const out = crossYearChecks([rec('a', 2021, values), rec('b', 2023, values)]);
    expect(out.get('b')).toEqual([]);
  });

  it('needs the same place', () => {
    const out = crossYearChecks([rec('a', 2021, values), rec('b', 2022, values, { placeKey: 'place-b' })]);
    expect(out.get('b')).toEqual([]);
  });

  it('skips records without a year', () => {
    const out = crossYearChecks([rec('a', 2021, values), rec('b', null, values)]);
    expect(out.has('b')).toBe(false);
    expect(out.get('a')).toEqual([]);
  });

  it('does not pair a post2019 report with a pre2019 one', () => {
    const out = crossYearChecks([rec('a', 2018, values, { template: 'pre2019', variant: '2014' }), rec('b', 2019, values, { variant: '2019' })]);
    expect(out.get('b')).toEqual([]);
  });

  it('pairs a 2021-format report with the 2019-format one before it for table 3 but not for the 2021 table-2 rules', () => {
    const prev = rec('a', 2020, { ...values, 't2.normative.in_force': 10 }, { variant: '2019' });
    const cur = rec('b', 2021, { ...values, 't2.normative.in_force': 12, 't2.normative.issued': 2, 't2.normative.repealed': 0 });
    const out = crossYearChecks([prev, cur]);
    expect(find(out, 'b', 't3.xyear.carry.total')!.status).toBe('PASS');
    expect(find(out, 'b', 't2.xyear.in_force.normative')).toBeUndefined();
  });

  it('checks the 2021 stock: in_force@Y = in_force@Y-1 + issued - repealed', () => {
    const out = crossYearChecks([
      rec('a', 2022, { 't2.normative.in_force': 10 }),
      rec('b', 2023, { 't2.normative.in_force': 11, 't2.normative.issued': 3, 't2.normative.repealed': 1 }),
    ]);
    expect(find(out, 'b', 't2.xyear.in_force.normative')).toMatchObject({ status: 'FAIL', detail: '11 ≠ 10 + 3 - 1', lhs: 11, rhs: 12 });
  });

  it('anchors @Y+1 rules on the earlier report (2019 table 2 项目数量)', () => {
    const out = crossYearChecks([
      rec('a', 2019, { 't2.licensing.prev_items': 40, 't2.licensing.delta': -3 }, { variant: '2019' }),
      rec('b', 2020, { 't2.licensing.prev_items': 37 }, { variant: '2019' }),
    ]);
    expect(find(out, 'a', 't2.xyear.items.licensing')).toMatchObject({
      status: 'PASS',
      otherReport: 'b',
      detail: '40 + (-3) = 37',
      values: { 't2.licensing.prev_items@Y': 40, 't2.licensing.delta@Y': -3, 't2.licensing.prev_items@Y+1': 37 },
    });
    expect(find(out, 'b', 't2.xyear.items.licensing')).toBeUndefined();
  });

  it('with two reports for the other year, uses one that can assess the rule', () => {
    const out = crossYearChecks([
      rec('a-html', 2021, {}),
      rec('a-txt', 2021, { 't3.carried_forward.total': 5 }),
      rec('b', 2022, { 't3.carried_over.total': 5 }),
    ]);
    expect(find(out, 'b', 't3.xyear.carry.total')).toMatchObject({ status: 'PASS', otherReport: 'a-txt' });
  });
});
