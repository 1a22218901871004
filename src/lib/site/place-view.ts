// Places: grouping reports by placeKey, a place's years × core-indicator table (through the crosswalk),
// static SVG sparklines and one-sentence summaries.
import { coreSeries, placeSeries, type CoreSeries, type SeriesPoint } from '../catalog/crosswalk.ts';
import type { Level } from '../types.ts';
import type { SiteReport } from '../records/model.ts';
import type { SummaryMeta } from '../records/summary.ts';
import { formatValue } from './format.ts';
import { templateZh } from './labels.ts';
import { divisionsByName } from '../places/division.ts';
import { zhCompare } from './collate.ts';

type Rec = Pick<SiteReport, 'id' | 'placeKey' | 'placeName' | 'values' | 'derived' | 'file'> & { meta: SummaryMeta };

export interface PlaceSummary {
  key: string;
  name: string;
  level: Level | null;
  province: string | null;
  prefecture: string | null;
  adcode: string | null;
  years: number[];
  reportIds: string[];
}

const mostCommon = <T>(xs: T[]): T | null => {
  const n = new Map<T, number>();
  for (const x of xs) if (x !== null && x !== undefined) n.set(x, (n.get(x) ?? 0) + 1);
  let best: T | null = null;
  let c = 0;
  for (const [k, v] of n) if (v > c) [best, c] = [k, v];
  return best;
};

/** Each placeKey's reports, in the order given; the keys in order of first appearance. */
export function reportsByPlace<T extends { placeKey: string }>(reports: readonly T[]): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const r of reports) {
    const list = by.get(r.placeKey);
    if (list) list.push(r);
    else by.set(r.placeKey, [r]);
  }
  return by;
}

/** One summary per placeKey; metadata by majority over its reports (latest name wins). */
export function groupPlaces(reports: readonly Rec[]): PlaceSummary[] {
  const out: PlaceSummary[] = [];
  for (const [key, rs] of reportsByPlace(reports)) {
    const sorted = [...rs].sort((a, b) => (b.meta.year ?? -1) - (a.meta.year ?? -1));
    out.push({
      key,
      name: sorted[0]!.placeName,
      level: mostCommon(rs.map((r) => r.meta.level)),
      province: mostCommon(rs.map((r) => r.meta.province)),
      prefecture: mostCommon(rs.map((r) => r.meta.prefecture)),
      adcode: mostCommon(rs.map((r) => r.meta.adcode)),
      years: [...new Set(rs.map((r) => r.meta.year).filter((y): y is number => y != null))].sort((a, b) => a - b),
      reportIds: sorted.map((r) => r.id),
    });
  }
  return out.sort((a, b) => zhCompare(a.province ?? '￿', b.province ?? '￿') || zhCompare(a.name, b.name) || (a.key < b.key ? -1 : 1));
}

export interface YearRow {
  year: number | null;
  reportId: string;
  template: string;
  /** The template differs from the previous (earlier) row's. */
  templateChange: boolean;
  values: Array<number | null>;
}

/** Rows (one per report, by year) × core series, with template-change markers. */
export function placeTable(records: readonly Rec[], series: readonly CoreSeries[] = coreSeries): YearRow[] {
  const sorted = [...records].sort((a, b) => (a.meta.year ?? 9999) - (b.meta.year ?? 9999) || (a.id < b.id ? -1 : 1));
  let prev: string | null = null;
  return sorted.map((r) => {
    const pts = series.map((s) => placeSeries(s, [{ id: r.id, year: r.meta.year ?? 0, template: r.meta.template, variant: r.meta.variant, values: r.values, derived: r.derived }])[0]);
    const change = prev !== null && r.meta.template !== 'none' && prev !== r.meta.template;
    if (r.meta.template !== 'none') prev = r.meta.template;
    return {
      year: r.meta.year,
      reportId: r.id,
      template: templateZh(r.meta.template, r.meta.variant, r.meta.kind),
      templateChange: change,
      values: pts.map((p) => p?.value ?? null),
    };
  });
}

/** Series points of a place (one per year), for charts. */
export function placeSeriesFor(records: readonly Rec[], s: CoreSeries): SeriesPoint[] {
  return placeSeries(
    s,
    records.map((r) => ({ id: r.id, year: r.meta.year, template: r.meta.template, variant: r.meta.variant, values: r.values, derived: r.derived })),
  );
}

export interface Sparkline {
  width: number;
  height: number;
  /** SVG path "M x y L x y …" (gaps between non-consecutive years are bridged). */
  path: string;
  dots: Array<{ x: number; y: number; year: number; value: number }>;
  /** x of template changes (vertical markers). */
  breaks: number[];
  min: number;
  max: number;
  minYear: number;
  maxYear: number;
}

/** Geometry of a small line chart; x by year, y from 0 (or min if negative) to max. */
export function sparkline(points: readonly SeriesPoint[], width = 160, height = 48, pad = 4): Sparkline | null {
  if (!points.length) return null;
  const years = points.map((p) => p.year);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years);
  const vals = points.map((p) => p.value);
  const max = Math.max(...vals);
  const min = Math.min(0, ...vals);
  const x = (y: number) => (maxYear === minYear ? width / 2 : pad + ((y - minYear) / (maxYear - minYear)) * (width - 2 * pad));
  const yv = (v: number) => (max === min ? height / 2 : height - pad - ((v - min) / (max - min)) * (height - 2 * pad));
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const dots = points.map((p) => ({ x: r1(x(p.year)), y: r1(yv(p.value)), year: p.year, value: p.value }));
  return {
    width,
    height,
    path: dots.map((d, i) => `${i ? 'L' : 'M'}${d.x} ${d.y}`).join(' '),
    dots,
    breaks: points.flatMap((p, i) => (p.templateChange && i > 0 ? [r1((x(p.year) + x(points[i - 1]!.year)) / 2)] : [])),
    min,
    max,
    minYear,
    maxYear,
  };
}

/** One sentence describing a place's series. */
export function seriesSummary(name: string, s: Pick<CoreSeries, 'zh' | 'comparable'>, points: readonly SeriesPoint[], unit = '件'): string {
  if (!points.length) return `${name}的报告中没有“${s.zh}”的数据。`;
  const f = (v: number) => `${formatValue(v, unit).text} ${unit}`;
  if (points.length === 1) return `${s.zh}：仅 ${points[0]!.year} 年有数据，${f(points[0]!.value)}。`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const top = points.reduce((a, b) => (b.value > a.value ? b : a));
  let out = `${s.zh}：${first.year} 年 ${f(first.value)}，${last.year} 年 ${f(last.value)}；最高为 ${top.year} 年（${f(top.value)}）。`;
  const change = points.find((p) => p.templateChange);
  if (change) out += `${change.year} 年起报告格式改变，前后${s.comparable === 'yes' ? '口径一致' : '只能近似比较'}。`;
  return out;
}

/** URL slug of a province name: its 6-digit code (湖南省 → 430000), else "p-" + hash, "unknown" for null. */
export function provinceSlug(name: string | null | undefined): string {
  if (!name) return 'unknown';
  const d = divisionsByName(name).find((x) => x.level === 'province');
  if (d) return d.code;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return 'p-' + h.toString(36);
}
