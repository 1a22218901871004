// Within-report consistency checks: error and warning rules, plus definition rules whose left side
// the report prints (a printed 总计 against the sum of its parts; a mismatch is an error).
import type { CheckResult, Template, Variant } from '../types.ts';
import { applicableRules } from './applicable.ts';
import { deriveValues } from './derive.ts';
import { parseRule, type Ref } from './expression.ts';
import { genericResult } from './generic.ts';
import { comparisonResult } from './result.ts';

/**
 * `printed` are the values the report states; `derived` the definition-rule values (computed here
 * when not given). Printed values win over derived ones.
 */
export function checkRules(
  printed: Record<string, number>,
  template: Template,
  variant: Variant,
  derived: Record<string, number> = deriveValues(printed, template, variant).values,
): CheckResult[] {
  const all = { ...derived, ...printed };
  const lookup = (ref: Ref) => all[ref.id] ?? null;
  const out: CheckResult[] = [];
  for (const rule of applicableRules(template, variant, printed, 'within-report')) {
    const ast = parseRule(rule.expression);
    if (ast.type === 'generic') {
      out.push(genericResult(rule, ast, all));
      continue;
    }
    if (rule.severity === 'definition') {
      const target = ast.left.terms.length === 1 ? ast.left.terms[0]!.node : null;
      if (target?.type !== 'ref' || !(target.id in printed)) continue;
      const result = comparisonResult(rule, ast, lookup, 'error');
      // A printed subtotal whose parts are not all known says nothing (merged 法人或其他组织 columns
      // would otherwise add a NOT_ASSESSABLE line per row).
      if (result.status !== 'NOT_ASSESSABLE') out.push(result);
      continue;
    }
    out.push(comparisonResult(rule, ast, lookup, rule.severity));
  }
  return out;
}
