// Every rate of every report, as indicator rows (the shape indicator pages, charts and CSVs use).
import { rates, type Rate } from '../catalog/rates.ts';
import type { Level } from '../types.ts';
import type { IndicatorRow } from '../site/indicator-state.ts';
import { changeRate, operandsText, ratioRate, type RateInput, type RateOutcome } from './compute.ts';

export interface RateReport extends RateInput {
  placeName: string;
  meta: RateInput['meta'] & { level: string | null; province: string | null };
}

/** Reasons worth a row (a stated “no rate”); not-in-template / missing leave the report out, as for any indicator. */
const STATED = new Set(['zero-denominator', 'flagged', 'failed-rule']);

/** The report of the year before for each report (same place, annual reports, first by id per year). */
export function previousYear<T extends RateInput>(reports: readonly T[]): Map<string, T | null> {
  const byPlaceYear = new Map<string, T>();
  const sorted = [...reports].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of sorted) {
    if (r.meta.year === null || (r.meta.kind && r.meta.kind !== 'annual-report')) continue;
    const k = `${r.placeKey}\u0000${r.meta.year}`;
    if (!byPlaceYear.has(k)) byPlaceYear.set(k, r);
  }
  return new Map(reports.map((r) => [r.id, r.meta.year === null ? null : (byPlaceYear.get(`${r.placeKey}\u0000${r.meta.year - 1}`) ?? null)]));
}

/** One rate of one report (change rates need the previous-year map). */
export function outcome(rate: Rate, r: RateInput, previous: Map<string, RateInput | null>): RateOutcome {
  return rate.kind === 'ratio' ? ratioRate(rate, r) : changeRate(rate, r, previous.get(r.id) ?? null);
}

/** rate id → rows in indicatorRows order (year, place key, report id). */
export function rateRows(reports: readonly RateReport[], list: readonly Rate[] = rates): Map<string, IndicatorRow[]> {
  const prev = previousYear(reports);
  const out = new Map<string, IndicatorRow[]>(list.map((r) => [r.id, []]));
  for (const rep of reports) {
    const year = rep.meta.year;
    if (year === null || (rep.meta.kind && rep.meta.kind !== 'annual-report')) continue;
    const base = { reportId: rep.id, placeKey: rep.placeKey, name: rep.placeName, level: (rep.meta.level ?? '') as Level | '', province: rep.meta.province ?? '', year };
    for (const rate of list) {
      const o = outcome(rate, rep, prev);
      if (o.ok) out.get(rate.id)!.push({ ...base, value: o.value, flags: o.small ? ['small-sample'] : [], calc: operandsText(rate, o) });
      else if (STATED.has(o.reason)) out.get(rate.id)!.push({ ...base, value: null, flags: [], gap: o.reason });
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const rows of out.values()) rows.sort((a, b) => a.year - b.year || cmp(a.placeKey, b.placeKey) || cmp(a.reportId, b.reportId));
  return out;
}
