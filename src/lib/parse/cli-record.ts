// The CLI's JSON shape: the record without its text, meta trimmed to the public fields first.
import type { ReportRecord } from '../types.ts';

export function toCliRecord(r: ReportRecord) {
  const { issuer, jurisdiction, province, prefecture, adcode, level, year, published, template, kind, variant, yearInferred } = r.meta;
  return {
    file: r.file,
    meta: { issuer, jurisdiction, province, prefecture, adcode, level, year, published, template, kind, variant, yearInferred },
    values: r.values,
    textValues: r.textValues,
    derived: r.derived,
    provenance: r.provenance,
    gaps: r.gaps,
    checks: r.checks,
    conflicts: r.conflicts,
    errors: r.errors,
    notes: r.notes,
    encoding: r.encoding,
    ...(r.format ? { format: r.format } : {}),
  };
}
