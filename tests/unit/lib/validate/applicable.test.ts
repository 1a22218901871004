import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/lib/catalog/index.ts';
import { applicableRules, ruleApplies, table3Form } from '../../../../src/lib/validate/applicable.ts';

const rule = (id: string) => rules.find((r) => r.id === id)!;

describe('table3Form', () => {
  it('is 2021 when the report prints a cell of the three 其他处理 rows, whatever the variant', () => {
    expect(table3Form('2019', { 't3.other.unpaid_fee.total': 1 })).toBe('2021');
  });
  it('is 2019 when the report prints the single 其他处理 row, whatever the variant', () => {
    expect(table3Form('2021', { 't3.other.total': 1 })).toBe('2019');
  });
  it('follows the variant when the report prints neither', () => {
    expect(table3Form('2021', {})).toBe('2021');
    expect(table3Form('2019', {})).toBe('2019');
    expect(table3Form('mixed', {})).toBe('2019');
  });
});

describe('ruleApplies', () => {
  it('applies no rule to a report without a template', () => {
    expect(ruleApplies(rule('generic.nonnegative'), 'none', null, {})).toBe(false);
  });
  it('applies rules of both templates to either (generic rules)', () => {
    expect(ruleApplies(rule('generic.integer'), 'pre2019', '2014', {})).toBe(true);
    expect(ruleApplies(rule('generic.integer'), 'post2019', '2021', {})).toBe(true);
  });
  it('never applies a rule of the other template', () => {
    expect(ruleApplies(rule('pre.review.sum'), 'post2019', '2021', {})).toBe(false);
    expect(ruleApplies(rule('t4.row_sum.review'), 'pre2019', '2014', {})).toBe(false);
  });
  it('applies every pre2019 rule to both pre2019 variants', () => {
    expect(ruleApplies(rule('pre.review.sum'), 'pre2019', '2008-2013', {})).toBe(true);
  });
  it('chooses table-3 variant rules by the printed 其他处理 form, not the variant', () => {
    const printed = { 't3.other.total': 1 };
    expect(ruleApplies(rule('t3.results_sum.2019.total'), 'post2019', '2021', printed)).toBe(true);
    expect(ruleApplies(rule('t3.results_sum.2021.total'), 'post2019', '2021', printed)).toBe(false);
  });
  it('applies table-2 variant rules by the variant', () => {
    expect(ruleApplies(rule('t2.stock_ge_new.regulations'), 'post2019', '2019', {})).toBe(true);
    expect(ruleApplies(rule('t2.stock_ge_new.regulations'), 'post2019', '2021', { 't2.regulations.new_published': 1 })).toBe(false);
  });
  it('for a mixed or unknown variant, applies a table-2 rule only when one of its cells is printed', () => {
    expect(ruleApplies(rule('t2.stock_ge_new.regulations'), 'post2019', 'mixed', {})).toBe(false);
    expect(ruleApplies(rule('t2.stock_ge_new.regulations'), 'post2019', 'mixed', { 't2.regulations.new_published': 1 })).toBe(true);
    expect(ruleApplies(rule('t2.stock_ge_new.regulations'), 'post2019', null, { 't2.regulations.new_published': 1 })).toBe(true);
  });
});

describe('applicableRules', () => {
  it('keeps only the rules of the asked scope', () => {
    const cross = applicableRules('post2019', '2021', {}, 'cross-year');
    expect(cross.length).toBeGreaterThan(0);
    expect(cross.every((r) => r.scope === 'cross-year')).toBe(true);
    expect(applicableRules('post2019', '2021', {}, 'within-report').some((r) => r.scope === 'cross-year')).toBe(false);
  });
  it('gives a template-less report nothing to check', () => {
    expect(applicableRules('none', null, {}, 'within-report')).toEqual([]);
  });
});
