// The 趋势 view's URL state (`?view=line&places=a,b&from=2014&to=2025`), the lines shown and their
// summary. No catalog import: the indicator island loads this module up front, so it stays small.
// The build-time data (trendData) is in trend-state.ts.
import { zhCompare } from './collate.ts';

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
  return [...data.lines].sort((a, b) => b.pts.length - a.pts.length || zhCompare(a.n, b.n)).slice(0, 3).map((l) => l.k);
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
