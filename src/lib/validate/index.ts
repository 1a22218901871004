// Derived values (catalog definition rules) and consistency checks (error/warning rules).
import type { CheckResult, Provenance, Template, Variant } from '../types.ts';

export function deriveValues(
  _values: Record<string, number>,
  _template: Template,
  _variant: Variant,
): { values: Record<string, number>; provenance: Record<string, Provenance> } {
  return { values: {}, provenance: {} };
}

export function checkRules(_values: Record<string, number>, _template: Template, _variant: Variant): CheckResult[] {
  return [];
}
