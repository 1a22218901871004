// The 趋势 (line) view: one line per place across years, through the crosswalk where the template
// changed. Data (`trendData`, built at build time into /indicators/<id>/trend.json), URL state
// (`?view=line&places=a,b&from=2014&to=2025`) and the selection shown. Plain TS: the island, the
// Astro place page and the tests all use it.
import { coreSeries, seriesValue, type CoreSeries } from '../catalog/crosswalk.ts';
import { indicator } from '../catalog/index.ts';
import type { IndicatorRow } from './indicator-state.ts';
import type { TrendData, TrendLine, TrendPoint, Tpl } from './trend-url.ts';
import { zhCompare } from './collate.ts';

export * from './trend-url.ts';

/** The parts of a report the trend reads. */
export interface TrendReport {
  id: string;
  placeKey: string;
  placeName: string;
  meta: { year: number | null; template: string; variant: string | null; kind?: string };
  values: Record<string, number>;
  derived: Record<string, number>;
  textValues: Record<string, number>;
  provenance: Record<string, { flags: string[] }>;
}

const sideIds = (s: CoreSeries['pre2019']) => (s ? [...new Set([...s.ids, ...Object.values(s.byVariant ?? {}).flatMap((f) => f?.ids ?? [])])] : []);

/** The crosswalk series that maps this indicator one-to-one on its own side (the indicator alone is its template's formula). */
export function seriesFor(id: string): { series: CoreSeries; mine: Tpl; other: Tpl } | null {
  const ind = indicator(id);
  if (!ind) return null;
  const mine = ind.template;
  const other: Tpl = mine === 'pre2019' ? 'post2019' : 'pre2019';
  for (const s of coreSeries) {
    if (s.comparable === 'no' || !s[other]) continue;
    const side = s[mine];
    if (!side) continue;
    const single = side.byVariant ? Object.values(side.byVariant).every((f) => f?.ids.length === 1 && f.ids[0] === id) : side.ids.length === 1 && side.ids[0] === id;
    if (single) return { series: s, mine, other };
  }
  return null;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function linesFrom(points: Array<{ k: string; n: string; p: TrendPoint }>, nameRanks?: ReadonlyMap<string, number>): TrendLine[] {
  const by = new Map<string, TrendLine>();
  for (const { k, n, p } of points) {
    let line = by.get(k);
    if (!line) by.set(k, (line = { k, n, pts: [] }));
    // One point per year: the first report by id (as the place page does).
    const at = line.pts.findIndex((x) => x[0] === p[0]);
    if (at === -1) line.pts.push(p);
    else if (cmp(p[3], line.pts[at]![3]) < 0) line.pts[at] = p;
  }
  const lines = [...by.values()];
  for (const l of lines) l.pts.sort((a, b) => a[0] - b[0]);
  const ranks = nameRanks && lines.every((l) => nameRanks.has(l.n)) ? nameRanks : null;
  return ranks ? lines.sort((a, b) => ranks.get(a.n)! - ranks.get(b.n)! || cmp(a.k, b.k)) : lines.sort((a, b) => zhCompare(a.n, b.n) || cmp(a.k, b.k));
}

// A point's flags as text, per provenance entry (summaries share one entry object per source and flags).
const plainFlags = new WeakMap<object, string>();
const derivedFlags = new WeakMap<object, string>();
function flagText(p: { flags: readonly string[] } | undefined, derived: boolean): string {
  if (!p) return derived ? 'derived' : '';
  const seen = derived ? derivedFlags : plainFlags;
  let text = seen.get(p);
  if (text === undefined) {
    const flags = new Set(p.flags);
    if (derived) flags.add('derived');
    seen.set(p, (text = [...flags].sort().join(' ')));
  }
  return text;
}

const tplOf = (t: string): Tpl | null => (t === 'pre2019' || t === 'post2019' ? t : null);

/**
 * Trend lines of a catalog indicator: its own values, and through the crosswalk the other template's
 * years. `nameRanks` (collate.ts collationRanks of the reports' place names) only makes sorting the lines cheaper.
 */
export function trendData(id: string, reports: readonly TrendReport[], nameRanks?: ReadonlyMap<string, number>): TrendData {
  const ind = indicator(id);
  const map = seriesFor(id);
  const pts: Array<{ k: string; n: string; p: TrendPoint }> = [];
  for (const r of reports) {
    const t = tplOf(r.meta.template);
    if (r.meta.year === null || !t || (r.meta.kind && r.meta.kind !== 'annual-report')) continue;
    if (t === ind?.template) {
      const v = r.values[id] ?? r.textValues[id] ?? r.derived[id];
      if (v === undefined) continue;
      pts.push({ k: r.placeKey, n: r.placeName, p: [r.meta.year, v, t, r.id, flagText(r.provenance[id], !(id in r.values) && !(id in r.textValues))] });
    } else if (map && t === map.other) {
      const sv = seriesValue(map.series, { template: t, variant: r.meta.variant as never, values: r.values, derived: r.derived });
      if (!sv) continue;
      const flags = new Set(sv.ids.flatMap((x) => r.provenance[x]?.flags ?? []));
      pts.push({ k: r.placeKey, n: r.placeName, p: [r.meta.year, sv.value, t, r.id, [...flags].sort().join(' ')] });
    }
  }
  const mapping: TrendData['mapping'] = map
    ? { kind: 'crosswalk', series: map.series.key, zh: map.series.zh, comparable: map.series.comparable, other: sideIds(map.series[map.other]), otherTemplate: map.other }
    : { kind: 'none', template: ind?.template ?? 'both' };
  return { id, mapping, lines: linesFrom(pts, nameRanks) };
}

/** Trend lines of a rate, from its indicator rows (rates are defined per template already). */
export function rateTrendData(id: string, rows: readonly IndicatorRow[], templateOf: (reportId: string) => string, nameRanks?: ReadonlyMap<string, number>): TrendData {
  const pts: Array<{ k: string; n: string; p: TrendPoint }> = [];
  for (const r of rows) {
    const t = tplOf(templateOf(r.reportId));
    if (r.value === null || !t) continue;
    pts.push({ k: r.placeKey, n: r.name, p: [r.year, r.value, t, r.reportId, r.flags.join(' ')] });
  }
  return { id, mapping: { kind: 'rate' }, lines: linesFrom(pts, nameRanks) };
}

