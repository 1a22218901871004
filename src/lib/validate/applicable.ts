// Which catalog rules apply to a report.
import { rules, type Rule } from '../catalog/index.ts';
import type { Template, Variant } from '../types.ts';
import { idsOf } from './expression.ts';

const T3_OTHER_LEAF = /^t3\.other\.(no_correction|unpaid_fee|misc)\./;
const T3_OTHER_ROW = /^t3\.other\.[a-z_]+$/;

/**
 * The form of table 3's 其他处理 block: three rows (2021) or one (2019). Read from the printed
 * cells first, because 'mixed' reports (2021 table 2) and some 2021-tagged reports print the single
 * 2019 row; the variant decides only when the report prints neither.
 */
export function table3Form(variant: Variant, printed: Record<string, number>): '2019' | '2021' {
  const ids = Object.keys(printed);
  if (ids.some((id) => T3_OTHER_LEAF.test(id))) return '2021';
  if (ids.some((id) => T3_OTHER_ROW.test(id))) return '2019';
  return variant === '2021' ? '2021' : '2019';
}

/**
 * pre2019: every pre2019 rule applies to both variants. The 2014 identities are about the national
 * ids whichever form printed them (prose-only 2015–2018 reports are often tagged 2008-2013), and the
 * legacy fold only involves legacy ids.
 * post2019: 'both'/'all' rules always; table-3 variant rules by table3Form; other (table-2) variant
 * rules by the variant, or for 'mixed'/unknown when the report prints one of the rule's cells.
 * `form`: table3Form(variant, printed), when the caller has it already.
 */
export function ruleApplies(rule: Rule, template: Template, variant: Variant, printed: Record<string, number>, form?: '2019' | '2021'): boolean {
  if (template === 'none' || !rule.template.split('+').includes(template)) return false;
  // a sentence-vs-table rule only for a report whose sentences state the figure (its left side)
  if (rule.family === 'prose-table') return idsOf(rule.expression)[0]! in printed;
  if (rule.variant === 'both' || rule.variant === 'all' || template === 'pre2019') return true;
  if (rule.id.startsWith('t3.')) return rule.variant === (form ?? table3Form(variant, printed));
  if (variant === 'mixed' || variant === null) return idsOf(rule.expression).some((id) => id in printed);
  return rule.variant === variant;
}

export function applicableRules(
  template: Template,
  variant: Variant,
  printed: Record<string, number>,
  scope: Rule['scope'],
): Rule[] {
  const form = table3Form(variant, printed);
  return rules.filter((r) => r.scope === scope && ruleApplies(r, template, variant, printed, form));
}
