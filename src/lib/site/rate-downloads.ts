// Rates in the downloads: one CSV per rate (/data/indicators/<rate-id>.csv, the columns of an
// indicator CSV plus numerator and denominator) and rate columns in the wide table.
import { rates, type Rate } from '../catalog/rates.ts';
import { outcome, previousYear, type RateReport } from '../rates/rows.ts';
import { reportColumns } from './downloads.ts';

export const RATE_FIELDS = ['report_id', 'place_id', 'place_name', 'level', 'province', 'year', 'template', 'value', 'unit', 'source', 'flags', 'numerator', 'denominator'] as const;

export interface RateDownloadReport extends RateReport {
  meta: RateReport['meta'] & { kind: string };
}

/** rate id → (report id → CSV row), for every report with a rate; rows in site order. */
export function rateDownloadRows(reports: readonly RateDownloadReport[], list: readonly Rate[] = rates): Map<string, Map<string, Record<string, unknown>>> {
  const prev = previousYear(reports);
  const out = new Map<string, Map<string, Record<string, unknown>>>(list.map((r) => [r.id, new Map()]));
  for (const r of reports) {
    if (r.meta.year === null || r.meta.kind !== 'annual-report') continue;
    for (const rate of list) {
      const o = outcome(rate, r, prev);
      if (!o.ok) continue;
      out.get(rate.id)!.set(r.id, {
        ...reportColumns(r),
        value: o.value,
        unit: '%',
        source: 'rate',
        flags: o.small ? 'small-sample' : '',
        numerator: o.num,
        denominator: o.den,
      });
    }
  }
  return out;
}

/** Rate ids that have a value in some report (the wide table's rate columns, catalog order). */
export function rateColumns(rows: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[] {
  return [...rows].filter(([, m]) => m.size > 0).map(([id]) => id);
}
