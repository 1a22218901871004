// Cross-year rules (@Y-1 / @Y+1): the same place's reports of consecutive years.
import type { CheckResult, Template, Variant } from '../types.ts';
import { applicableRules, ruleApplies } from './applicable.ts';
import { parseRule, refsOf, type Comparison, type Ref } from './expression.ts';
import { comparisonResult } from './result.ts';

export interface YearRecord {
  id: string;
  placeKey: string;
  year: number | null;
  template: Template;
  variant: Variant;
  /** Printed values merged with derived ones. */
  values: Record<string, number>;
}

/**
 * Results are attached to the report the rule is anchored on (@Y); `otherReport` names the other
 * year's report. No result when the place has no report for the other year, or when that report's
 * form cannot carry the rule (e.g. a 2019-format report for a 2021-only table-2 rule).
 * When a year has several reports (duplicates in two formats), the first assessable one, by id, is used.
 */
export function crossYearChecks(records: readonly YearRecord[]): Map<string, CheckResult[]> {
  const byPlaceYear = new Map<string, YearRecord[]>();
  for (const r of records) {
    if (r.year === null) continue;
    const key = `${r.placeKey}\u0000${r.year}`;
    byPlaceYear.set(key, [...(byPlaceYear.get(key) ?? []), r]);
  }
  for (const list of byPlaceYear.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const out = new Map<string, CheckResult[]>();
  for (const rec of records) {
    if (rec.year === null) continue;
    const results: CheckResult[] = [];
    for (const rule of applicableRules(rec.template, rec.variant, rec.values, 'cross-year')) {
      const ast = parseRule(rule.expression) as Comparison;
      const offsets = [...new Set(refsOf(ast).map((r) => r.offset).filter((o) => o !== 0))];
      if (offsets.length !== 1) continue;
      const others = (byPlaceYear.get(`${rec.placeKey}\u0000${rec.year + offsets[0]!}`) ?? []).filter(
        (o) => o.id !== rec.id && ruleApplies(rule, o.template, o.variant, o.values),
      );
      let chosen: CheckResult | null = null;
      for (const other of others) {
        const lookup = (ref: Ref) => (ref.offset === 0 ? rec.values[ref.id] : other.values[ref.id]) ?? null;
        const result = { ...comparisonResult(rule, ast, lookup, rule.severity === 'error' ? 'error' : 'warning'), otherReport: other.id };
        if (!chosen || (chosen.status === 'NOT_ASSESSABLE' && result.status !== 'NOT_ASSESSABLE')) chosen = result;
      }
      if (chosen) results.push(chosen);
    }
    out.set(rec.id, results);
  }
  return out;
}
