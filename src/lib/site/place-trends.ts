// A place page's line charts: each core indicator (through the crosswalk) and each rate across the
// place's years, as trend lines (the same shape the indicator page's 趋势 view draws).
import { coreSeries, placeSeries, type CoreSeries } from '../catalog/crosswalk.ts';
import { rates, type Rate } from '../catalog/rates.ts';
import { outcome, previousYear, type RateReport } from '../rates/rows.ts';
import { operandsText } from '../rates/compute.ts';
import type { ShownLine, TrendPoint } from './trend-state.ts';

export interface PlaceTrend {
  key: string;
  zh: string;
  unit: string;
  /** The indicator page with this place in the 趋势 view (null for core series without one page). */
  href: string | null;
  line: ShownLine;
  /** rates: “21 ÷ 63” per year, for the table twin. */
  calc?: Record<number, string>;
  comparable?: CoreSeries['comparable'];
}

const breaksOf = (pts: readonly TrendPoint[]) => pts.map((p, i) => (i > 0 && pts[i - 1]![2] !== p[2] ? i : -1)).filter((i) => i > 0);

/** Core series with at least one value for the place, with its post-2019 indicator page as link. */
export function coreTrends(key: string, name: string, reports: readonly RateReport[], series: readonly CoreSeries[] = coreSeries.filter((s) => s.comparable !== 'no')): PlaceTrend[] {
  const recs = reports.map((r) => ({ id: r.id, year: r.meta.year, template: r.meta.template as 'pre2019' | 'post2019' | 'none', variant: r.meta.variant as never, values: r.values, derived: r.derived }));
  const out: PlaceTrend[] = [];
  for (const s of series) {
    const pts: TrendPoint[] = placeSeries(s, recs).map((p) => [p.year, p.value, p.template, p.recordId, '']);
    if (!pts.length) continue;
    const postId = s.post2019 && s.post2019.ids.length === 1 ? s.post2019.ids[0]! : null;
    out.push({
      key: s.key,
      zh: s.zh,
      unit: '件',
      href: postId ? `/indicators/${postId}/?view=line&places=${encodeURIComponent(key)}` : null,
      line: { k: key, n: name, pts, breaks: breaksOf(pts) },
      comparable: s.comparable,
    });
  }
  return out;
}

/** Rates with at least one value for the place (one point per year: first report by id). */
export function rateTrends(key: string, name: string, reports: readonly RateReport[], list: readonly Rate[] = rates): PlaceTrend[] {
  const prev = previousYear(reports);
  const sorted = [...reports].filter((r) => r.meta.year !== null && (!r.meta.kind || r.meta.kind === 'annual-report')).sort((a, b) => a.meta.year! - b.meta.year! || (a.id < b.id ? -1 : 1));
  const out: PlaceTrend[] = [];
  for (const rate of list) {
    const pts: TrendPoint[] = [];
    const calc: Record<number, string> = {};
    for (const r of sorted) {
      if (pts.some((p) => p[0] === r.meta.year)) continue;
      const o = outcome(rate, r, prev);
      if (!o.ok) continue;
      pts.push([r.meta.year!, o.value, o.template, r.id, o.small ? 'small-sample' : '']);
      calc[r.meta.year!] = operandsText(rate, o);
    }
    if (!pts.length) continue;
    out.push({ key: rate.id, zh: rate.zh, unit: '%', href: `/indicators/${rate.id}/?view=line&places=${encodeURIComponent(key)}`, line: { k: key, n: name, pts, breaks: breaksOf(pts) }, calc });
  }
  return out;
}
