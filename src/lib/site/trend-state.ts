// The 趋势 (line) view: one line per place across years, through the crosswalk where the template
// changed. Data (`trendData`, built at build time into /indicators/<id>/trend.json), URL state
// (`?view=line&places=a,b&from=2014&to=2025`) and the selection shown. Plain TS: the island, the
// Astro place page and the tests all use it.
import { coreSeries, seriesValue, type CoreSeries } from '../catalog/crosswalk.ts';
import { indicator } from '../catalog/index.ts';
import type { IndicatorRow } from './indicator-state.ts';

export type Tpl = 'pre2019' | 'post2019';

/** One year of one place: [year, value, template, report id, flags ('' or space-separated)]. */
export type TrendPoint = [number, number, Tpl, string, string];

export interface TrendLine {
  /** place key */
  k: string;
  /** place name */
  n: string;
  pts: TrendPoint[];
}

export interface TrendData {
  id: string;
  /** How the other template's years are found: a crosswalk series, the rate's own formula per template, or none. */
  mapping: { kind: 'crosswalk'; series: string; zh: string; comparable: string; other: string[]; otherTemplate: Tpl } | { kind: 'rate' } | { kind: 'none'; template: Tpl | 'both' };
  lines: TrendLine[];
}

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

function linesFrom(points: Array<{ k: string; n: string; p: TrendPoint }>): TrendLine[] {
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
  return lines.sort((a, b) => a.n.localeCompare(b.n, 'zh-CN') || cmp(a.k, b.k));
}

const tplOf = (t: string): Tpl | null => (t === 'pre2019' || t === 'post2019' ? t : null);

/** Trend lines of a catalog indicator: its own values, and through the crosswalk the other template's years. */
export function trendData(id: string, reports: readonly TrendReport[]): TrendData {
  const ind = indicator(id);
  const map = seriesFor(id);
  const pts: Array<{ k: string; n: string; p: TrendPoint }> = [];
  for (const r of reports) {
    const t = tplOf(r.meta.template);
    if (r.meta.year === null || !t || (r.meta.kind && r.meta.kind !== 'annual-report')) continue;
    if (t === ind?.template) {
      const v = r.values[id] ?? r.textValues[id] ?? r.derived[id];
      if (v === undefined) continue;
      const flags = new Set(r.provenance[id]?.flags ?? []);
      if (!(id in r.values) && !(id in r.textValues)) flags.add('derived');
      pts.push({ k: r.placeKey, n: r.placeName, p: [r.meta.year, v, t, r.id, [...flags].sort().join(' ')] });
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
  return { id, mapping, lines: linesFrom(pts) };
}

/** Trend lines of a rate, from its indicator rows (rates are defined per template already). */
export function rateTrendData(id: string, rows: readonly IndicatorRow[], templateOf: (reportId: string) => string): TrendData {
  const pts: Array<{ k: string; n: string; p: TrendPoint }> = [];
  for (const r of rows) {
    const t = tplOf(templateOf(r.r));
    if (r.v === null || !t) continue;
    pts.push({ k: r.k, n: r.n, p: [r.y, r.v, t, r.r, r.f.join(' ')] });
  }
  return { id, mapping: { kind: 'rate' }, lines: linesFrom(pts) };
}

// ---------------------------------------------------------------------------------------------
// URL state

export const MAX_LINES = 6;

export interface TrendState {
  view: 'bar' | 'line';
  places: string[];
  from: number | null;
  to: number | null;
}

export interface RawTrendQuery {
  view?: string;
  places?: string;
  from?: string;
  to?: string;
}

export function parseTrendQuery(search: string | URLSearchParams): RawTrendQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search) : search;
  const raw: RawTrendQuery = {};
  for (const k of ['view', 'places', 'from', 'to'] as const) {
    const v = params.get(k);
    if (v !== null && v.trim() !== '') raw[k] = v.trim();
  }
  return raw;
}

/** Years present in the data, ascending. */
export function trendYears(data: TrendData): number[] {
  return [...new Set(data.lines.flatMap((l) => l.pts.map((p) => p[0])))].sort((a, b) => a - b);
}

/** Default places: the given one (highlight) if it has a line, else the places with the most years (ties by name). */
export function defaultPlaces(data: TrendData, prefer: string | null): string[] {
  if (prefer && data.lines.some((l) => l.k === prefer)) return [prefer];
  return [...data.lines].sort((a, b) => b.pts.length - a.pts.length || a.n.localeCompare(b.n, 'zh-CN')).slice(0, 3).map((l) => l.k);
}

export interface TrendNotice {
  field: 'places' | 'from' | 'to' | 'view';
  message: string;
}

/** Resolve the raw query against the data; unknown places and bad years are dropped with a notice. */
export function resolveTrend(raw: RawTrendQuery, data: TrendData, prefer: string | null = null): { state: TrendState; notices: TrendNotice[] } {
  const notices: TrendNotice[] = [];
  const view = raw.view === 'line' ? 'line' : 'bar';
  if (raw.view !== undefined && raw.view !== 'line' && raw.view !== 'bar') notices.push({ field: 'view', message: `视图“${raw.view}”无效，已显示排名。` });
  let places: string[] = [];
  if (raw.places !== undefined) {
    const asked = [...new Set(raw.places.split(',').map((s) => s.trim()).filter(Boolean))];
    const known = asked.filter((k) => data.lines.some((l) => l.k === k));
    const unknown = asked.filter((k) => !known.includes(k));
    if (unknown.length) notices.push({ field: 'places', message: `没有“${unknown.join('、')}”的趋势数据，已略去。` });
    if (known.length > MAX_LINES) notices.push({ field: 'places', message: `最多同时显示 ${MAX_LINES} 个地区，已显示前 ${MAX_LINES} 个。` });
    places = known.slice(0, MAX_LINES);
  }
  if (!places.length) places = defaultPlaces(data, prefer);
  const year = (s: string | undefined, field: 'from' | 'to'): number | null => {
    if (s === undefined) return null;
    if (/^\d{4}$/.test(s)) return Number(s);
    notices.push({ field, message: `年份“${s}”无效，已显示全部年份。` });
    return null;
  };
  let from = year(raw.from, 'from');
  let to = year(raw.to, 'to');
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { state: { view, places, from, to }, notices };
}

/**
 * The trend part of the query ('' in the bar view): view=line&places=a,b&from=2014&to=2025. The
 * places are always written (the default ones depend on the data, a shared link should not).
 */
export function serializeTrend(s: TrendState): string {
  if (s.view !== 'line') return '';
  const p = new URLSearchParams();
  p.set('view', 'line');
  if (s.places.length) p.set('places', s.places.join(','));
  if (s.from !== null) p.set('from', String(s.from));
  if (s.to !== null) p.set('to', String(s.to));
  // Commas in the place list read better unescaped; place keys never contain one.
  return p.toString().replace(/%2C/g, ',');
}

/** Join two query parts ('?a=1' / 'a=1' / '') into one query string. */
export function joinQuery(...parts: string[]): string {
  const s = parts.map((p) => p.replace(/^\?/, '')).filter(Boolean).join('&');
  return s ? `?${s}` : '';
}

// ---------------------------------------------------------------------------------------------
// Selection and summary

export interface ShownLine extends TrendLine {
  /** Indexes i where pts[i] has another template than pts[i-1] (the break). */
  breaks: number[];
}

/** The lines shown: the chosen places in order, points within from–to. */
export function selectLines(data: TrendData, s: TrendState): ShownLine[] {
  const out: ShownLine[] = [];
  for (const k of s.places) {
    const l = data.lines.find((x) => x.k === k);
    if (!l) continue;
    const pts = l.pts.filter((p) => (s.from === null || p[0] >= s.from) && (s.to === null || p[0] <= s.to));
    const breaks = pts.map((p, i) => (i > 0 && pts[i - 1]![2] !== p[2] ? i : -1)).filter((i) => i > 0);
    out.push({ ...l, pts, breaks });
  }
  return out;
}

const TPL_ZH: Record<Tpl, string> = { pre2019: '2014 统计表及以前', post2019: '2019 年后格式' };

/** “平潭综合实验区：2011 年 0 件，2025 年 154 件；2019 年起为 2019 年后格式（按对照表换算）。” per line. */
export function trendSummary(lines: readonly ShownLine[], label: string, fmt: (v: number) => string): string {
  if (!lines.length) return `没有可显示的“${label}”趋势。`;
  return lines
    .map((l) => {
      if (!l.pts.length) return `${l.n}：所选年份没有数值。`;
      const first = l.pts[0]!;
      const last = l.pts[l.pts.length - 1]!;
      let s = l.pts.length === 1 ? `${l.n}：只有 ${first[0]} 年，${fmt(first[1])}` : `${l.n}：${first[0]} 年 ${fmt(first[1])}，${last[0]} 年 ${fmt(last[1])}（${l.pts.length} 个年度）`;
      for (const b of l.breaks) s += `；${l.pts[b]![0]} 年起为${TPL_ZH[l.pts[b]![2]]}`;
      return s + '。';
    })
    .join('');
}

export const TEMPLATE_SHORT_ZH = TPL_ZH;
