import { describe, expect, it } from 'vitest';
import raw from '../../../../src/lib/catalog/indicators.json' with { type: 'json' };
import { catalogSchema } from '../../../../src/lib/catalog/schema.ts';
import { crosswalk, hasIndicator, indicator, indicators, inVariant, rules, rulesFor, valueIndicators } from '../../../../src/lib/catalog/index.ts';
import { coreSeries } from '../../../../src/lib/catalog/crosswalk.ts';
import { parseRule, refsOf } from '../../../../src/lib/validate/expression.ts';

const dupes = (xs: string[]) => xs.filter((x, i) => xs.indexOf(x) !== i);

describe('catalog', () => {
  it('parses with the zod schema', () => {
    expect(catalogSchema.safeParse(raw).success).toBe(true);
  });

  it('rejects a malformed indicator id', () => {
    const bad = structuredClone(raw) as { indicators: Array<{ id: string }> };
    bad.indicators[0]!.id = 'Bad Id';
    expect(catalogSchema.safeParse(bad).success).toBe(false);
  });

  it('its counts block says what it holds', () => {
    const tally = (keys: string[]) => keys.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});
    expect(raw.counts).toEqual({
      indicators_total: indicators.length,
      by_template_kind: tally(indicators.map((i) => `${i.template}/${i.kind}`)),
      rules_total: rules.length,
      rules_by_severity: tally(rules.map((r) => r.severity)),
    });
  });

  it('rejects a rule of an unknown template or variant', () => {
    for (const [field, value] of [['template', 'post2020'], ['variant', '2022']] as const) {
      const bad = structuredClone(raw) as { rules: Array<Record<string, string>> };
      bad.rules[0]![field] = value;
      expect(catalogSchema.safeParse(bad).success, field).toBe(false);
    }
  });

  it('has unique indicator ids and unique rule ids', () => {
    expect(dupes(indicators.map((i) => i.id))).toEqual([]);
    expect(dupes(rules.map((r) => r.id))).toEqual([]);
  });

  it('every parent exists', () => {
    for (const i of indicators) if (i.parent) expect(hasIndicator(i.parent), i.id).toBe(true);
  });

  it('every id a rule mentions is a value indicator of the rule template', () => {
    const valueIds = new Set(valueIndicators.map((i) => i.id));
    for (const r of rules) {
      for (const ref of refsOf(parseRule(r.expression))) {
        expect(valueIds.has(ref.id), `${r.id}: ${ref.id}`).toBe(true);
        expect(r.template.split('+'), `${r.id}: ${ref.id}`).toContain(indicator(ref.id)!.template);
      }
    }
  });

  it('every definition defines a derived indicator, a variant-derived row or a legacy fold target', () => {
    const foldTargets = new Set(indicators.map((i) => i.maps_to).filter(Boolean));
    for (const r of rules.filter((x) => x.severity === 'definition')) {
      const ast = parseRule(r.expression);
      if (ast.type !== 'compare') throw new Error(r.id);
      const target = indicator((ast.left.terms[0]!.node as { id: string }).id)!;
      const ok = target.kind === 'derived' || Object.values(target.kind_by_variant ?? {}).includes('derived') || foldTargets.has(target.id);
      expect(ok, r.id).toBe(true);
    }
  });

  it('every crosswalk id exists', () => {
    expect(crosswalk.length).toBe(coreSeries.length);
    for (const s of coreSeries)
      for (const side of [s.pre2019, s.post2019])
        for (const f of side ? [side, ...Object.values(side.byVariant ?? {})] : [])
          for (const id of f!.ids) expect(hasIndicator(id), `${s.key}: ${id}`).toBe(true);
  });

  it('valueIndicators leaves out header and row nodes', () => {
    expect(valueIndicators.some((i) => i.kind === 'header' || i.kind === 'row')).toBe(false);
    expect(valueIndicators.length).toBe(indicators.filter((i) => !['header', 'row'].includes(i.kind)).length);
  });

  it('inVariant and rulesFor select by variant', () => {
    expect(inVariant({ variant: 'both' }, '2019')).toBe(true);
    expect(inVariant({ variant: '2021' }, '2019')).toBe(false);
    expect(inVariant({ variant: '2021' }, null)).toBe(true);
    const r2019 = rulesFor('post2019', '2019').map((r) => r.id);
    expect(r2019).toContain('t3.results_sum.2019.total');
    expect(r2019).not.toContain('t3.results_sum.2021.total');
    expect(rulesFor('pre2019', '2014').map((r) => r.id)).toContain('generic.integer');
  });
});
