// Derived values: the catalog's definition rules (subtotals, 法人或其他组织, 行政诉讼合计, legacy folds),
// applied until nothing changes. A printed value is never overwritten.
import type { Rule } from '../catalog/index.ts';
import type { Provenance, Template, Variant } from '../types.ts';
import { applicableRules } from './applicable.ts';
import { evalSum, parseRule, refsOf, type Comparison, type Ref } from './expression.ts';

export interface Derived {
  values: Record<string, number>;
  provenance: Record<string, Provenance>;
}

export interface Definition {
  rule: Rule;
  ast: Comparison;
  target: string;
  operands: string[];
}

/** A definition rule as `target = Σ operands`; null if its left side is not a single indicator. */
export function asDefinition(rule: Rule): Definition | null {
  const ast = parseRule(rule.expression);
  if (ast.type !== 'compare' || ast.op !== '=') return null;
  const [first] = ast.left.terms;
  if (ast.left.terms.length !== 1 || first!.sign !== 1 || first!.node.type !== 'ref') return null;
  const target = first!.node.id;
  const operands = refsOf(ast.right).map((r) => r.id);
  return { rule, ast, target, operands };
}

export function definitionsFor(template: Template, variant: Variant, printed: Record<string, number>): Definition[] {
  return applicableRules(template, variant, printed, 'within-report')
    .filter((r) => r.severity === 'definition')
    .map(asDefinition)
    .filter((d): d is Definition => d !== null);
}

export function deriveValues(printed: Record<string, number>, template: Template, variant: Variant): Derived {
  const defs = definitionsFor(template, variant, printed);
  const values: Record<string, number> = {};
  const provenance: Record<string, Provenance> = {};
  const known = (ref: Ref) => printed[ref.id] ?? values[ref.id] ?? null;
  let changed = true;
  while (changed) {
    changed = false;
    for (const d of defs) {
      if (d.target in printed || d.target in values) continue;
      const v = evalSum(d.ast.right, known);
      if (v === null) continue;
      values[d.target] = v;
      provenance[d.target] = {
        source: 'derived',
        label: d.rule.zh,
        raw: '',
        start: 0,
        end: 0,
        flags: ['derived'],
        from: d.operands,
        note: d.rule.id,
      };
      changed = true;
    }
  }
  return { values, provenance };
}
