// A rule a fused-digit decoder chose a reading by holds by construction: its check says so
// (USED_FOR_DECODING, 用于拆分) instead of PASS, so that no one reads it as a confirmation.
import type { CheckResult, Provenance } from '../types.ts';

/** PASS → USED_FOR_DECODING for every check whose rule decoded one of its values (provenance.decodedWith). */
export function markUsedForDecoding(checks: readonly CheckResult[], provenance: Readonly<Record<string, Provenance>>): CheckResult[] {
  return checks.map((c) => {
    if (c.status !== 'PASS') return c;
    const used = Object.keys(c.values).some((id) => provenance[id]?.decodedWith?.includes(c.rule));
    return used ? { ...c, status: 'USED_FOR_DECODING' } : c;
  });
}
