// One comparison rule evaluated into a CheckResult.
import type { Rule } from '../catalog/index.ts';
import type { CheckResult } from '../types.ts';
import { evaluate, type Comparison, type Lookup } from './expression.ts';
import { formatComparison } from './format.ts';

export function comparisonResult(
  rule: Rule,
  ast: Comparison,
  lookup: Lookup,
  severity: CheckResult['severity'],
): CheckResult {
  const ev = evaluate(ast, lookup);
  const missing = Object.keys(ev.values).filter((k) => ev.values[k] === null);
  return {
    rule: rule.id,
    severity,
    status: ev.holds === null ? 'NOT_ASSESSABLE' : ev.holds ? 'PASS' : 'FAIL',
    expression: rule.expression,
    zh: rule.zh,
    values: ev.values,
    lhs: ev.lhs,
    rhs: ev.rhs,
    detail: formatComparison(ast, lookup, ev.holds, missing),
  };
}
