// The indicator catalog: the one source of ids, labels, units, rules and the
// pre/post-2019 crosswalk. Ids are a public contract (URLs, CSV columns).
import raw from './indicators.json' with { type: 'json' };
import { catalogSchema, type Indicator, type Rule, type CrosswalkEntry } from './schema.ts';

export type { Indicator, Rule, CrosswalkEntry };

const catalog = catalogSchema.parse(raw);

export const indicators: readonly Indicator[] = catalog.indicators;
export const rules: readonly Rule[] = catalog.rules;
export const crosswalk: readonly CrosswalkEntry[] = catalog.crosswalk;
export const columnHeaders = catalog.column_headers;
export const catalogVersion = catalog.version;

const byId = new Map(indicators.map((i) => [i.id, i]));

export function indicator(id: string): Indicator | undefined {
  return byId.get(id);
}

export function hasIndicator(id: string): boolean {
  return byId.has(id);
}

/** Indicators that can carry a value (not header/row nodes). */
export const valueIndicators: readonly Indicator[] = indicators.filter(
  (i) => i.kind === 'cell' || i.kind === 'derived' || i.kind === 'extension' || i.kind === 'text',
);

/** Whether an indicator belongs to a template variant ('both' matches every variant). */
export function inVariant(ind: Pick<Indicator, 'variant'>, variant: string | null): boolean {
  if (!variant) return true;
  return ind.variant === variant || ind.variant === 'both';
}

export function rulesFor(template: string, variant: string | null): Rule[] {
  return rules.filter(
    (r) =>
      r.template.split('+').includes(template) &&
      (r.variant === 'both' || r.variant === 'all' || !variant || r.variant === variant),
  );
}
