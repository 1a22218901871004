// Catalog rules as linear equations Σ coef · id = 0: the form's sums, which the fused-cell decoders
// use as their constraints (src/lib/parse/decoder-constraints.ts).
import { rules as catalogRules, type Rule } from '../catalog/index.ts';
import { parseRule, type Sum } from './expression.ts';

export interface LinearEquation {
  /** The catalog rule id. */
  rule: string;
  /** Σ coef · value(id) = 0 */
  terms: Array<{ id: string; coef: number }>;
}

/**
 * A rule as a linear equation, when it is one: an `=` of sums of same-year references with no
 * constants. Warnings (what usually holds, 申请答复数通常等于申请办结数) are not equations of the
 * form and are left out, as are cross-year rules.
 */
export function linearEquation(rule: Rule): LinearEquation | null {
  if (rule.scope !== 'within-report' || rule.severity === 'warning') return null;
  const ast = parseRule(rule.expression);
  if (ast.type !== 'compare' || ast.op !== '=') return null;
  const coef = new Map<string, number>();
  const add = (s: Sum, sign: number): boolean => {
    for (const t of s.terms) {
      const n = t.node;
      if (n.type === 'num') return false;
      if (n.type === 'sum') {
        if (!add(n, sign * t.sign)) return false;
        continue;
      }
      if (n.offset !== 0) return false;
      coef.set(n.id, (coef.get(n.id) ?? 0) + sign * t.sign);
    }
    return true;
  };
  if (!add(ast.left, 1) || !add(ast.right, -1)) return null;
  const terms = [...coef].filter(([, c]) => c !== 0).map(([id, c]) => ({ id, coef: c }));
  return terms.length >= 2 ? { rule: rule.id, terms } : null;
}

let all: LinearEquation[] | null = null;

/** Every catalog rule that is a linear equation (see linearEquation). */
export function linearEquations(): readonly LinearEquation[] {
  return (all ??= catalogRules.flatMap((r) => linearEquation(r) ?? []));
}
