import { describe, expect, it } from 'vitest';
import { rules } from '../../../../src/lib/catalog/index.ts';
import {
  compare,
  evaluate,
  ExpressionError,
  globMatch,
  idsOf,
  parseRule,
  refsOf,
  type Comparison,
  type Ref,
} from '../../../../src/lib/validate/expression.ts';

const lookupFrom = (v: Record<string, number>) => (r: Ref) => v[r.offset ? `${r.id}@${r.offset}` : r.id] ?? null;
const cmp = (e: string) => parseRule(e) as Comparison;

describe('parseRule on the catalog', () => {
  const asts = rules.map((r) => ({ rule: r, ast: parseRule(r.expression) }));

  it('reads every rule: comparisons name at least one id, the rest are the two generic rules', () => {
    for (const { rule, ast } of asts.filter((x) => x.ast.type === 'compare')) expect(refsOf(ast).length, rule.id).toBeGreaterThan(0);
    const generic = asts.filter((x) => x.ast.type === 'generic').map((x) => x.rule.id);
    expect(generic.sort()).toEqual(['generic.integer', 'generic.nonnegative']);
  });

  it('every definition rule is "single id = sum of ids"', () => {
    for (const r of rules.filter((x) => x.severity === 'definition')) {
      const ast = cmp(r.expression);
      expect(ast.op, r.id).toBe('=');
      expect(ast.left.terms, r.id).toHaveLength(1);
      expect(ast.right.terms.every((t) => t.sign === 1 && t.node.type === 'ref'), r.id).toBe(true);
    }
  });

  it('cross-year rules carry a year qualifier', () => {
    for (const r of rules.filter((x) => x.scope === 'cross-year')) {
      expect(refsOf(parseRule(r.expression)).some((x) => x.offset !== 0), r.id).toBe(true);
    }
  });

  it('within-report rules carry none', () => {
    for (const r of rules.filter((x) => x.scope !== 'cross-year')) {
      expect(refsOf(parseRule(r.expression)).every((x) => x.offset === 0), r.id).toBe(true);
    }
  });
});

describe('parseRule', () => {
  it('caches the AST per expression', () => {
    expect(parseRule('a = b + c')).toBe(parseRule('a = b + c'));
  });

  it('reads sums, subtraction, numbers, parentheses and comparison operators', () => {
    const ast = cmp('a.b - 2 + (c + d) >= e');
    expect(ast.op).toBe('>=');
    expect(ast.left.terms.map((t) => [t.sign, t.node.type])).toEqual([
      [1, 'ref'],
      [-1, 'num'],
      [1, 'sum'],
    ]);
    expect(cmp('x <= y').op).toBe('<=');
    expect(cmp('x=y').op).toBe('=');
  });

  it('reads year qualifiers', () => {
    const refs = refsOf(parseRule('t2.a.in_force@Y = t2.a.in_force@Y-1 + t2.a.issued@Y - t2.a.repealed@Y + t2.b@Y+1'));
    expect(refs.map((r) => [r.id, r.offset, r.text])).toEqual([
      ['t2.a.in_force', 0, 't2.a.in_force@Y'],
      ['t2.a.in_force', -1, 't2.a.in_force@Y-1'],
      ['t2.a.issued', 0, 't2.a.issued@Y'],
      ['t2.a.repealed', 0, 't2.a.repealed@Y'],
      ['t2.b', 1, 't2.b@Y+1'],
    ]);
  });

  it('lists ids once, in order', () => {
    expect(idsOf('a = b + a + c@Y-1 + c@Y')).toEqual(['a', 'b', 'c']);
  });

  it('reads the generic rules', () => {
    expect(parseRule('x >= 0 for every indicator x with kind in (cell, derived, extension) except t2.*.delta')).toEqual({
      type: 'generic',
      test: 'nonnegative',
      kinds: ['cell', 'derived', 'extension'],
      except: ['t2.*.delta'],
      unitNot: null,
    });
    expect(parseRule('x is integer for every indicator x whose unit != 万元')).toMatchObject({ test: 'integer', unitNot: '万元' });
  });

  it('rejects malformed expressions with an ExpressionError', () => {
    for (const bad of ['a +', 'a == b', 'a = b = c', 'a b = c', '= b', 'a = (b + c', 'A = b', 'a = b @Y-1', '']) {
      expect(() => parseRule(bad), bad).toThrow(ExpressionError);
    }
  });
});

describe('evaluate', () => {
  it('computes both sides and records every value used', () => {
    const ev = evaluate(cmp('a = b + c - d'), lookupFrom({ a: 5, b: 4, c: 3, d: 2 }));
    expect(ev).toEqual({ lhs: 5, rhs: 5, holds: true, values: { a: 5, b: 4, c: 3, d: 2 } });
  });

  it('is not assessable when an operand is missing, and keeps the null', () => {
    const ev = evaluate(cmp('a = b + c'), lookupFrom({ a: 5, b: 4 }));
    expect(ev.holds).toBeNull();
    expect(ev.rhs).toBeNull();
    expect(ev.lhs).toBe(5);
    expect(ev.values).toEqual({ a: 5, b: 4, c: null });
  });

  it('treats 0 as a value, not as missing', () => {
    expect(evaluate(cmp('a = b'), lookupFrom({ a: 0, b: 0 })).holds).toBe(true);
  });

  it('compares with a relative tolerance for decimals', () => {
    expect(evaluate(cmp('a = b + c'), lookupFrom({ a: 0.3, b: 0.1, c: 0.2 })).holds).toBe(true);
    expect(compare('=', 1234.56789, 1234.5679)).toBe(true); // 万元 rounding at 1e-6 relative
    expect(compare('=', 1234.5, 1234.6)).toBe(false);
    expect(compare('=', 11, 24)).toBe(false);
    expect(compare('=', 0, 1e-12)).toBe(true);
    expect(compare('=', 0, 0.001)).toBe(false);
  });

  it('evaluates <= and >= with the tolerance at the boundary', () => {
    expect(compare('<=', 5, 5)).toBe(true);
    expect(compare('<=', 6, 5)).toBe(false);
    expect(compare('>=', 5, 6)).toBe(false);
    expect(compare('>=', 0.30000000000000004, 0.3)).toBe(true);
    expect(compare('<=', 0.30000000000000004, 0.3)).toBe(true);
  });

  it('looks up qualified references by offset', () => {
    const ev = evaluate(cmp('a@Y = b@Y-1'), lookupFrom({ a: 3, 'b@-1': 3 }));
    expect(ev.values).toEqual({ 'a@Y': 3, 'b@Y-1': 3 });
    expect(ev.holds).toBe(true);
  });
});

describe('globMatch', () => {
  it('matches one segment per *', () => {
    expect(globMatch('t2.*.delta', 't2.licensing.delta')).toBe(true);
    expect(globMatch('t2.*.delta', 't2.licensing.prev_items')).toBe(false);
    expect(globMatch('t2.*.delta', 't2.a.b.delta')).toBe(false);
    expect(globMatch('t2.*.delta', 't3.a.delta')).toBe(false);
  });
});
