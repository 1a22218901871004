import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/lib/catalog/index.ts';
import { parseRule, type Generic } from '../../../../src/lib/validate/expression.ts';
import { genericResult } from '../../../../src/lib/validate/generic.ts';

const rule = (id: string) => rules.find((r) => r.id === id)!;
const run = (id: string, values: Record<string, number>) => genericResult(rule(id), parseRule(rule(id).expression) as Generic, values);

describe('genericResult: generic.nonnegative', () => {
  it('passes when every value in scope is ≥ 0 and says how many were checked', () => {
    const r = run('generic.nonnegative', { 'requests.received': 3, 't3.total.total': 0 });
    expect(r).toMatchObject({ rule: 'generic.nonnegative', severity: 'error', status: 'PASS', values: {}, lhs: null, rhs: null });
    expect(r.detail).toBe('2 个数值均 ≥ 0');
  });
  it('fails on a negative value and lists only the offenders', () => {
    const r = run('generic.nonnegative', { 'requests.received': -3, 't3.total.total': 5 });
    expect(r.status).toBe('FAIL');
    expect(r.values).toEqual({ 'requests.received': -3 });
    expect(r.detail).toBe('requests.received = -3 < 0');
  });
  it('leaves out the ids the rule excepts (本年增/减 may be negative)', () => {
    expect(run('generic.nonnegative', { 't2.licensing.delta': -2 }).status).toBe('NOT_ASSESSABLE');
  });
  it('leaves out ids that are not catalog indicators of the listed kinds', () => {
    const r = run('generic.nonnegative', { 'no.such.id': -1, active: -1 });
    expect(r.status).toBe('NOT_ASSESSABLE');
    expect(r.detail).toBe('没有可检查的数值 (no values to check)');
  });
});

describe('genericResult: generic.integer', () => {
  it('fails on a fractional count', () => {
    const r = run('generic.integer', { 'requests.received': 1.5 });
    expect(r.status).toBe('FAIL');
    expect(r.detail).toBe('requests.received = 1.5 非整数 (not an integer)');
  });
  it('does not test amounts in 万元', () => {
    const r = run('generic.integer', { 'fees.total': 0.25, 'requests.received': 4 });
    expect(r.status).toBe('PASS');
    expect(r.detail).toBe('1 个数值均为整数');
  });
});
