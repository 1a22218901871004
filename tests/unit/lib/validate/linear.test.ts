import { describe, expect, it } from 'vitest';
import { rules, type Rule } from '../../../../src/lib/catalog/index.ts';
import { linearEquation, linearEquations } from '../../../../src/lib/validate/linear.ts';

const rule = (id: string) => rules.find((r) => r.id === id)!;
const fake = (over: Partial<Rule>): Rule => ({ ...rule('pre.review.sum'), ...over });

describe('linearEquation', () => {
  it('writes an error rule a = b + c as a − b − c = 0', () => {
    expect(linearEquation(rule('pre.review.sum'))).toEqual({
      rule: 'pre.review.sum',
      terms: [{ id: 'review.total', coef: 1 }, { id: 'review.upheld', coef: -1 }, { id: 'review.corrected', coef: -1 }, { id: 'review.other', coef: -1 }],
    });
  });
  it('keeps both sides of a balance: a + b = c + d', () => {
    expect(linearEquation(rule('t3.balance.total'))!.terms.map((t) => t.coef)).toEqual([1, 1, -1, -1]);
  });
  it('takes definition rules (法人或其他组织 = Σ its columns)', () => {
    expect(linearEquation(rule('t3.def.org.total'))!.terms).toHaveLength(6);
  });
  it('leaves out warnings, inequalities, cross-year rules, constants and generic rules', () => {
    expect(linearEquation(rule('pre.requests.answered_eq_closed'))).toBeNull();
    expect(linearEquation(fake({ severity: 'error', expression: 'requests.closed <= requests.received' }))).toBeNull();
    expect(linearEquation(rule('t3.xyear.carry.total'))).toBeNull();
    expect(linearEquation(fake({ expression: 'review.total = review.upheld + 1' }))).toBeNull();
    expect(linearEquation(rule('generic.nonnegative'))).toBeNull();
  });
  it('folds repeated ids and parentheses: a = (b + a) − b is no equation', () => {
    expect(linearEquation(fake({ expression: 'review.total = (review.upheld + review.total) - review.upheld' }))).toBeNull();
  });
});

describe('linearEquations', () => {
  it('lists every equation of the catalog once', () => {
    const ids = linearEquations().map((e) => e.rule);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('t4.row_sum.review');
    expect(ids).not.toContain('pre.requests.answered_eq_closed');
  });
});
