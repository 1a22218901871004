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

// PROVISIONAL (lead): the validate engineer replaces this with the real cross-year checks.
export function crossYearChecks(
  _records: Array<{ id: string; placeKey: string; year: number | null; template: Template; variant: Variant; values: Record<string, number> }>,
): Map<string, CheckResult[]> {
  return new Map();
}
