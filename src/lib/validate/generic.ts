// The catalog's two prose rules: values are non-negative, counts are integers.
import { indicator, type Rule } from '../catalog/index.ts';
import type { CheckResult } from '../types.ts';
import { globMatch, type Generic } from './expression.ts';
import { formatNumber } from './format.ts';

// A rule's scope does not depend on the report: decided once per (rule, id).
const scopeCache = new WeakMap<Generic, Map<string, boolean>>();

function inScope(g: Generic, id: string): boolean {
  let m = scopeCache.get(g);
  if (!m) scopeCache.set(g, (m = new Map()));
  let v = m.get(id);
  if (v === undefined) m.set(id, (v = decideScope(g, id)));
  return v;
}

function decideScope(g: Generic, id: string): boolean {
  const ind = indicator(id);
  if (!ind) return false;
  if (g.kinds && !g.kinds.includes(ind.kind)) return false;
  if (g.except.some((glob) => globMatch(glob, id))) return false;
  if (g.unitNot !== null && ind.unit === g.unitNot) return false;
  return true;
}

const passes = (g: Generic, v: number) => (g.test === 'nonnegative' ? v >= 0 : Number.isInteger(v));

export function genericResult(rule: Rule, g: Generic, values: Record<string, number>): CheckResult {
  const checked = Object.keys(values).filter((id) => inScope(g, id));
  const offenders = checked.filter((id) => !passes(g, values[id]!));
  const detail = !checked.length
    ? '没有可检查的数值 (no values to check)'
    : offenders.length
      ? offenders.map((id) => `${id} = ${formatNumber(values[id]!)}`).join('; ') + (g.test === 'nonnegative' ? ' < 0' : ' 非整数 (not an integer)')
      : g.test === 'nonnegative'
        ? `${checked.length} 个数值均 ≥ 0`
        : `${checked.length} 个数值均为整数`;
  return {
    rule: rule.id,
    severity: rule.severity === 'warning' ? 'warning' : 'error',
    status: !checked.length ? 'NOT_ASSESSABLE' : offenders.length ? 'FAIL' : 'PASS',
    expression: rule.expression,
    zh: rule.zh,
    // Only the offending values: listing every checked value would repeat the whole record.
    values: Object.fromEntries(offenders.map((id) => [id, values[id]!])),
    lhs: null,
    rhs: null,
    detail,
  };
}
