import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/lib/catalog/index.ts';
import { checkRules } from '../../../../src/lib/validate/checks.ts';
import { loadGold } from '../../../helpers/gold.ts';
import { table3, table4, without } from './fixtures.ts';

const byRule = (checks: ReturnType<typeof checkRules>) => new Map(checks.map((c) => [c.rule, c]));
const goldValues = (file: string, dir: 'gold' | 'corpus-gold' = 'gold') => {
  const g = loadGold(dir).find((x) => x.file.startsWith(file))!;
  return { ...(g.optional ?? {}), ...g.values };
};

describe('checkRules on the gold extractions', () => {
  it('seed 004 (昆明经开区, prose only) fails pre.org.staff.sum: 11 ≠ 2 + 22', () => {
    const c = byRule(checkRules(goldValues('004'), 'pre2019', '2014')).get('pre.org.staff.sum')!;
    expect(c).toMatchObject({
      severity: 'error',
      status: 'FAIL',
      lhs: 11,
      rhs: 24,
      detail: '11 ≠ 2 + 22',
      values: { 'org.staff': 11, 'org.staff.full_time': 2, 'org.staff.part_time': 22 },
    });
  });

  it('seed 004 fails it whichever pre2019 variant the detector chose', () => {
    expect(byRule(checkRules(goldValues('004'), 'pre2019', '2008-2013')).get('pre.org.staff.sum')!.status).toBe('FAIL');
  });

  it('seed 004 warns on the channel counts above 主动公开 total and fails nothing else', () => {
    const failed = checkRules(goldValues('004'), 'pre2019', '2014').filter((c) => c.status === 'FAIL');
    expect(failed.map((c) => [c.rule, c.detail])).toEqual([
      ['pre.org.staff.sum', '11 ≠ 2 + 22'],
      ['pre.active.channel_le_total.website', '5180 > 449'],
      ['pre.active.channel_le_total.weibo', '3204 > 449'],
    ]);
    expect(failed.filter((c) => c.rule.includes('channel')).every((c) => c.severity === 'warning')).toBe(true);
  });

  for (const seed of ['000', '001', '003']) {
    it(`seed ${seed} passes every assessable pre2019 rule`, () => {
      const checks = checkRules(goldValues(seed), 'pre2019', '2014');
      expect(checks.filter((c) => c.status === 'FAIL')).toEqual([]);
      expect(checks.filter((c) => c.status === 'PASS').length).toBeGreaterThan(15);
    });
  }

  it('hz-qu-2023 fails exactly the two table 4 rows its gold notes as printed wrongly', () => {
    const checks = checkRules(goldValues('hz-qu-2023', 'corpus-gold'), 'post2019', '2021');
    expect(checks.filter((c) => c.status === 'FAIL').map((c) => [c.rule, c.detail])).toEqual([
      ['t4.row_sum.review', '0 ≠ 10 + 1 + 0 + 0'],
      ['t4.row_sum.lit_after_review', '0 ≠ 5 + 0 + 0 + 0'],
    ]);
  });

  it('hz-qu-2023 (2021 table 2, single 其他处理 row) is checked with the 2019 results sum', () => {
    const checks = byRule(checkRules(goldValues('hz-qu-2023', 'corpus-gold'), 'post2019', '2021'));
    expect(checks.get('t3.results_sum.2019.total')!.status).toBe('PASS');
    expect(checks.has('t3.results_sum.2021.total')).toBe(false);
    expect(checks.get('t2.issued_covered.normative')).toBeDefined();
  });
});

describe('checkRules: results and details', () => {
  it('prints a passing sum in arithmetic form', () => {
    const c = byRule(
      checkRules({ 'requests.received': 210, 'requests.received.in_person': 168, 'requests.received.fax': 2, 'requests.received.online': 24, 'requests.received.mail': 16 }, 'pre2019', '2014'),
    ).get('pre.requests.received.sum')!;
    expect(c).toMatchObject({ status: 'PASS', detail: '210 = 168 + 2 + 24 + 16', lhs: 210, rhs: 210 });
    expect(c.expression).toBe(rules.find((r) => r.id === 'pre.requests.received.sum')!.expression);
    expect(c.zh).toBeTruthy();
  });

  it('is NOT_ASSESSABLE when an operand is missing, listing it', () => {
    const c = byRule(checkRules({ 'org.staff': 11, 'org.staff.full_time': 2 }, 'pre2019', '2014')).get('pre.org.staff.sum')!;
    expect(c.status).toBe('NOT_ASSESSABLE');
    expect(c.values).toEqual({ 'org.staff': 11, 'org.staff.full_time': 2, 'org.staff.part_time': null });
    expect(c.rhs).toBeNull();
    expect(c.detail).toBe('11 = 2 + ?（缺少：兼职人员数）');
  });

  it('reports a failed ≤ warning the other way round', () => {
    const c = byRule(checkRules({ 'requests.closed': 12, 'requests.received': 10 }, 'pre2019', '2014')).get('pre.requests.closed_le_received')!;
    expect(c).toMatchObject({ severity: 'warning', status: 'FAIL', detail: '12 > 10' });
  });

  it('passes a consistent post2019 2021 report on every error rule and assesses them all', () => {
    const checks = checkRules({ ...table3('2021'), ...table4() }, 'post2019', '2021');
    const errors = checks.filter((c) => c.severity === 'error' && !c.rule.startsWith('generic.'));
    expect(errors.length).toBeGreaterThanOrEqual(8 + 7 + 26 + 3);
    expect(errors.filter((c) => c.status !== 'PASS')).toEqual([]);
  });

  it('catches one wrong cell in the row total, the results sum and the balance', () => {
    const values = { ...table3('2021'), 't3.granted.natural': table3('2021')['t3.granted.natural']! + 1 };
    const failed = checkRules(values, 'post2019', '2021').filter((c) => c.status === 'FAIL').map((c) => c.rule);
    expect(failed.sort()).toEqual(['t3.results_sum.2021.natural', 't3.row_sum.granted'].sort());
  });

  it('checks the 2019 form with the 2019 rules only', () => {
    const checks = byRule(checkRules(table3('2019'), 'post2019', '2019'));
    expect(checks.get('t3.results_sum.2019.total')!.status).toBe('PASS');
    expect([...checks.keys()].some((id) => id.includes('2021') || id.startsWith('t3.row_sum.other.'))).toBe(false);
    expect(checks.has('t2.stock_ge_new.normative')).toBe(true);
    expect(checks.has('t2.issued_covered.normative')).toBe(false);
  });

  it('checks a mixed report with the results sum that matches its 其他处理 rows and both table-2 rule sets', () => {
    const single = byRule(checkRules(table3('2019'), 'post2019', 'mixed'));
    expect(single.get('t3.results_sum.2019.natural')!.status).toBe('PASS');
    expect(single.has('t3.results_sum.2021.natural')).toBe(false);
    expect(single.has('t2.stock_ge_new.normative') || single.has('t2.issued_covered.normative')).toBe(false);
    const three = byRule(checkRules(table3('2021'), 'post2019', 'mixed'));
    expect(three.get('t3.results_sum.2021.natural')!.status).toBe('PASS');
    expect(three.has('t3.results_sum.2019.natural')).toBe(false);
  });

  it('checks a mixed report with the table-2 rules of the cells it prints', () => {
    const checks = byRule(checkRules({ 't2.normative.issued': 3, 't2.normative.in_force': 20, 't2.normative.repealed': 1 }, 'post2019', 'mixed'));
    expect(checks.get('t2.issued_covered.normative')!.status).toBe('PASS');
    expect(checks.has('t2.stock_ge_new.normative')).toBe(false);
    expect(checks.has('t2.issued_covered.regulations')).toBe(false);
  });

  it('returns nothing for a report without a template', () => {
    expect(checkRules({ 'org.staff': 11 }, 'none', null)).toEqual([]);
  });

  it('only returns error and warning results for within-report rules', () => {
    const checks = checkRules({ ...table3('2021'), ...table4() }, 'post2019', '2021');
    const scope = new Map(rules.map((r) => [r.id, r.scope]));
    for (const c of checks) {
      expect(['error', 'warning']).toContain(c.severity);
      expect(scope.get(c.rule)).toBe('within-report');
    }
  });
});

describe('checkRules: printed subtotals against definitions', () => {
  it('fails a printed subtotal that differs from the sum of its rows, as an error', () => {
    const printed = { ...table3('2021'), 't3.denied.total': 999 };
    const c = byRule(checkRules(printed, 'post2019', '2021')).get('t3.def.denied.total')!;
    expect(c.severity).toBe('error');
    expect(c.status).toBe('FAIL');
    expect(c.lhs).toBe(999);
    expect(c.detail.startsWith('999 ≠ ')).toBe(true);
  });

  it('passes a printed 行政诉讼 合计 that matches', () => {
    const printed = { ...table4(), 't4.litigation.total': table4()['t4.lit_direct.total']! + table4()['t4.lit_after_review.total']! };
    expect(byRule(checkRules(printed, 'post2019', '2021')).get('t4.def.litigation.total')!.status).toBe('PASS');
  });

  it('leaves out printed subtotals whose parts are unknown (merged 法人或其他组织 column)', () => {
    const checks = byRule(checkRules({ 't3.granted.natural': 4, 't3.granted.org': 2, 't3.granted.total': 6 }, 'post2019', '2021'));
    expect(checks.has('t3.def.org.granted')).toBe(false);
    expect(checks.get('t3.row_sum.granted')!.status).toBe('NOT_ASSESSABLE');
  });

  it('does not list definitions whose left side was only derived', () => {
    const checks = checkRules({ ...table3('2021'), ...table4() }, 'post2019', '2021');
    expect(checks.filter((c) => c.rule.includes('.def.'))).toEqual([]);
  });

  it('uses derived values as operands of the error rules (t3.balance.org)', () => {
    const c = byRule(checkRules(table3('2021'), 'post2019', '2021')).get('t3.balance.org')!;
    expect(c.status).toBe('PASS');
    expect(c.values['t3.new_received.org']).toBeTypeOf('number');
  });

  it('accepts derived values from the caller and lets printed values win', () => {
    const printed = { 'org.staff': 11, 'org.staff.full_time': 2, 'org.staff.part_time': 9 };
    const c = byRule(checkRules(printed, 'pre2019', '2014', { 'org.staff': 50 })).get('pre.org.staff.sum')!;
    expect(c.status).toBe('PASS');
  });
});

describe('checkRules: generic rules', () => {
  it('fails a negative count and names it', () => {
    const c = byRule(checkRules({ 'requests.received': -3 }, 'pre2019', '2014')).get('generic.nonnegative')!;
    expect(c).toMatchObject({ status: 'FAIL', values: { 'requests.received': -3 }, detail: 'requests.received = -3 < 0' });
  });

  it('allows a negative 本年增/减', () => {
    const checks = byRule(checkRules({ 't2.licensing.delta': -8, 't2.licensing.prev_items': 20 }, 'post2019', '2019'));
    expect(checks.get('generic.nonnegative')!.status).toBe('PASS');
  });

  it('allows fractional 万元 but not fractional counts', () => {
    expect(byRule(checkRules({ 'fees.total': 1.25, 'requests.received': 3 }, 'pre2019', '2014')).get('generic.integer')!).toMatchObject({
      status: 'PASS',
      detail: '1 个数值均为整数',
    });
    const c = byRule(checkRules({ 'requests.received': 2.5 }, 'pre2019', '2014')).get('generic.integer')!;
    expect(c.status).toBe('FAIL');
    expect(c.values).toEqual({ 'requests.received': 2.5 });
  });

  it('is NOT_ASSESSABLE on an empty record', () => {
    expect(byRule(checkRules({}, 'pre2019', '2014')).get('generic.integer')!.status).toBe('NOT_ASSESSABLE');
  });

  it('ignores ids that are not catalog indicators', () => {
    expect(byRule(checkRules({ 'text.fee_yuan': -1 }, 'post2019', '2021')).get('generic.nonnegative')!.status).toBe('NOT_ASSESSABLE');
  });
});

describe('checkRules, decimals', () => {
  it('compares sums of 万元 decimals with a tolerance', () => {
    // No catalog equality rule is in 万元 yet; 0.1 + 0.2 !== 0.3 in floating point
    const values = { ...table4(), 't4.review.total': 0.1 + 0.2, 't4.review.upheld': 0.3, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0 };
    const c = byRule(checkRules(values, 'post2019', '2021')).get('t4.row_sum.review')!;
    expect(c.status).toBe('PASS');
    expect(c.detail).toBe('0.3 = 0.3 + 0 + 0 + 0');
  });
});

describe('every applicable rule id in results exists exactly once', () => {
  it('has no duplicate rule results', () => {
    const checks = checkRules({ ...table3('2021'), ...table4(), 't3.denied.total': 1 }, 'post2019', '2021');
    expect(new Set(checks.map((c) => c.rule)).size).toBe(checks.length);
  });
  it('does not need every value to report the others (a partial table still gets results)', () => {
    const checks = checkRules(without(table3('2021'), (id) => id.endsWith('.legal')), 'post2019', '2021');
    expect(byRule(checks).get('t3.row_sum.granted')!.status).toBe('NOT_ASSESSABLE');
    expect(byRule(checks).get('t3.results_sum.2021.natural')!.status).toBe('PASS');
  });
});
