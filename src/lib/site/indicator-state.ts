// Data transforms for the indicator chart page (/indicators/<id>/ and /embed/indicators/<id>/):
// the compact rows an island receives, the view state (year, level, province, highlight) resolved
// against the data, the ranked selection and its one-sentence summary. Plain TS, no Astro, no React:
// the island and the Astro page both call these, so the server-rendered default view and the
// client-rendered views come from the same code.
import type { Level } from '../types.ts';
import { LEVELS, levelNoun } from './labels.ts';
import { valueText, withUnit } from './format.ts';
import { zhCompare } from './collate.ts';

/** One report's value (or stated gap) for one indicator. Tuple form for the wire (WireData), object form in code. */
export interface IndicatorRow {
  /** report id */
  reportId: string;
  placeKey: string;
  /** place name */
  name: string;
  /** level ('' when unknown) */
  level: Level | '';
  /** province ('' when unknown) */
  province: string;
  year: number;
  /** null = the report has a gap for this indicator (see gap) */
  value: number | null;
  /** flags: approximate, derived, decoded, … */
  flags: string[];
  /** gap reason when value is null */
  gap?: string;
  /** rates: the calculation behind value (“21 ÷ 63”) */
  calc?: string;
}

/**
 * Compact wire form passed to the island: places once ([key, name, level, province]), then rows
 * [place index, year, value, flags, gap reason, report id, calculation]; the report id is left out ('')
 * when it is the usual `<placeKey>-<year>` and trailing empty fields are dropped.
 */
export interface WireData {
  p: Array<[string, string, string, string]>;
  r: Array<Array<string | number | null>>;
}

export function toWire(rows: readonly IndicatorRow[]): WireData {
  const places: WireData['p'] = [];
  const at = new Map<string, number>();
  const r: WireData['r'] = rows.map((x) => {
    let i = at.get(x.placeKey);
    if (i === undefined) {
      i = places.length;
      at.set(x.placeKey, i);
      places.push([x.placeKey, x.name, x.level, x.province]);
    }
    const t: Array<string | number | null> = [i, x.year, x.value, x.flags.join(' '), x.gap ?? '', x.reportId === `${x.placeKey}-${x.year}` ? '' : x.reportId, x.calc ?? ''];
    while (t.length > 3 && t[t.length - 1] === '') t.pop();
    return t;
  });
  return { p: places, r };
}

export function fromWire(data: WireData): IndicatorRow[] {
  return data.r.map((t) => {
    const [k, n, l, p] = data.p[t[0] as number]!;
    const y = t[1] as number;
    const f = (t[3] as string | undefined) ?? '';
    const g = (t[4] as string | undefined) ?? '';
    const x = (t[6] as string | undefined) ?? '';
    return {
      reportId: (t[5] as string | undefined) || `${k}-${y}`,
      placeKey: k,
      name: n,
      level: l as Level | '',
      province: p,
      year: y,
      value: t[2] as number | null,
      flags: f ? f.split(' ') : [],
      ...(g ? { gap: g } : {}),
      ...(x ? { calc: x } : {}),
    };
  });
}

/** The parts of a SiteReport this module reads. */
export interface ReportLike {
  id: string;
  placeKey: string;
  placeName: string;
  meta: { year: number | null; level: string | null; province: string | null };
  values: Record<string, number>;
  derived: Record<string, number>;
  textValues: Record<string, number>;
  provenance: Record<string, { flags: string[] }>;
  gaps: Array<{ id: string; reason: string }>;
}

/** The value of one indicator in one report: printed value, else text value, else derived. */
export function valueOf(r: ReportLike, id: string): { v: number; derived: boolean } | null {
  if (id in r.values) return { v: r.values[id]!, derived: false };
  if (id in r.textValues) return { v: r.textValues[id]!, derived: false };
  if (id in r.derived) return { v: r.derived[id]!, derived: true };
  return null;
}

/** Rows of one indicator across reports (reports without a year are skipped: they cannot be placed on the year axis). */
export function indicatorRows(reports: readonly ReportLike[], id: string): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const rep of reports) {
    const year = rep.meta.year;
    if (year === null) continue;
    const base = { reportId: rep.id, placeKey: rep.placeKey, name: rep.placeName, level: (rep.meta.level ?? '') as Level | '', province: rep.meta.province ?? '', year };
    const val = valueOf(rep, id);
    if (val) {
      const flags = new Set(rep.provenance[id]?.flags ?? []);
      if (val.derived) flags.add('derived');
      rows.push({ ...base, value: val.v, flags: [...flags].sort() });
      continue;
    }
    const gap = rep.gaps.find((g) => g.id === id);
    if (gap) rows.push({ ...base, value: null, flags: [], gap: gap.reason });
  }
  return rows.sort((a, b) => a.year - b.year || cmp(a.placeKey, b.placeKey) || cmp(a.reportId, b.reportId));
}

/**
 * indicatorRows for every id at once (one pass over the reports instead of one per indicator page):
 * id → the same rows, in the same order, as indicatorRows(reports, id).
 */
export function indicatorTable(reports: readonly ReportLike[]): Map<string, IndicatorRow[]> {
  const table = new Map<string, IndicatorRow[]>();
  const push = (id: string, row: IndicatorRow) => {
    const list = table.get(id);
    if (list) list.push(row);
    else table.set(id, [row]);
  };
  for (const rep of reports) {
    const year = rep.meta.year;
    if (year === null) continue;
    const l = (rep.meta.level ?? '') as Level | '';
    const p = rep.meta.province ?? '';
    const ids = new Set([...Object.keys(rep.values), ...Object.keys(rep.textValues), ...Object.keys(rep.derived)]);
    for (const id of ids) {
      const val = valueOf(rep, id)!;
      const flags = new Set(rep.provenance[id]?.flags ?? []);
      if (val.derived) flags.add('derived');
      push(id, { reportId: rep.id, placeKey: rep.placeKey, name: rep.placeName, level: l, province: p, year, value: val.v, flags: [...flags].sort() });
    }
    const gapSeen = new Set<string>();
    for (const gap of rep.gaps) {
      if (ids.has(gap.id) || gapSeen.has(gap.id)) continue;
      gapSeen.add(gap.id);
      push(gap.id, { reportId: rep.id, placeKey: rep.placeKey, name: rep.placeName, level: l, province: p, year, value: null, flags: [], gap: gap.reason });
    }
  }
  for (const rows of table.values()) rows.sort((a, b) => a.year - b.year || cmp(a.placeKey, b.placeKey) || cmp(a.reportId, b.reportId));
  return table;
}

/** How many reports carry a value (not a gap) for each id. */
export function valueCounts(reports: readonly ReportLike[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of reports) {
    for (const id of new Set([...Object.keys(r.values), ...Object.keys(r.textValues), ...Object.keys(r.derived)])) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Labels and formatting

// One wording and one number format for every page, island and download: labels.ts, format.ts.
export { LEVELS, LEVEL_ZH, levelNoun } from './labels.ts';
export { valueText, withUnit } from './format.ts';

// ---------------------------------------------------------------------------------------------
// View state

export interface IndicatorState {
  year: number | null;
  level: Level | null;
  province: string | null;
  highlight: string | null;
}

/** Raw query values as strings (what indicator-url.ts parses); any may be missing or invalid. */
export interface RawIndicatorQuery {
  year?: string;
  level?: string;
  province?: string;
  highlight?: string;
  /** view options (indicator-url.ts parseViewOptions) */
  tab?: string;
  sort?: string;
}

export interface Notice {
  field: keyof IndicatorState;
  message: string;
}

export function years(rows: readonly IndicatorRow[]): number[] {
  return [...new Set(rows.filter((r) => r.value !== null).map((r) => r.year))].sort((a, b) => b - a);
}

export function levelsOf(rows: readonly IndicatorRow[]): Level[] {
  const present = new Set(rows.map((r) => r.level));
  return LEVELS.filter((l) => present.has(l));
}

export function provincesOf(rows: readonly IndicatorRow[]): string[] {
  return [...new Set(rows.map((r) => r.province).filter(Boolean))].sort(zhCompare);
}

/** Places present in the rows (for the highlight control), sorted by name. */
export function placesOf(rows: readonly IndicatorRow[]): Array<{ key: string; name: string }> {
  const m = new Map<string, string>();
  for (const r of rows) if (!m.has(r.placeKey)) m.set(r.placeKey, r.name);
  return [...m].map(([key, name]) => ({ key, name })).sort((a, b) => zhCompare(a.name, b.name) || cmp(a.key, b.key));
}

/**
 * The default view: the year in which most places report a value (the latest such year on ties),
 * all levels, all provinces, nothing highlighted. The latest year alone is often one early report.
 */
export function defaultState(rows: readonly IndicatorRow[]): IndicatorState {
  return { year: fullestYear(rows), level: null, province: null, highlight: null };
}

function fullestYear(rows: readonly IndicatorRow[]): number | null {
  const count = new Map<number, number>();
  for (const r of rows) if (r.value !== null) count.set(r.year, (count.get(r.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y;
  return best;
}

/**
 * Resolve a raw query against the data. Unknown or malformed values fall back to the default and
 * produce a notice (in Chinese) so the page can say what happened. Valid values with an empty
 * selection (a level with no place in that year) are kept: the page says the selection is empty.
 */
export function resolveState(raw: RawIndicatorQuery, rows: readonly IndicatorRow[]): { state: IndicatorState; notices: Notice[] } {
  return resolveStateFromFacts(raw, indicatorFacts(rows));
}

/**
 * What the island knows about every year of an indicator without holding their rows: an indicator
 * page carries one year's rows (its HTML does not grow with the years) and fetches other years from
 * /indicators/<id>/<year>.json (indicator-url.ts yearDataPath).
 */
export interface IndicatorFacts {
  /** Years with a value, newest first, with the number of places reporting a value that year. */
  years: Array<[number, number]>;
  levels: Level[];
  provinces: string[];
  /**
   * Every place key with a row in any year (a highlight is valid when it is one of them). Left out
   * of what an indicator page carries (it grows with the country): the island then accepts a
   * highlight and checks it against the years' rows it fetches (indicator-head.ts findHighlight).
   */
  keys?: string[];
  /** The default view's year (defaultState). */
  defaultYear: number | null;
}

export function indicatorFacts(rows: readonly IndicatorRow[]): IndicatorFacts {
  const places = new Map<number, Set<string>>();
  for (const r of rows) if (r.value !== null) (places.get(r.year) ?? places.set(r.year, new Set()).get(r.year)!).add(r.placeKey);
  return {
    years: years(rows).map((y) => [y, places.get(y)!.size]),
    levels: levelsOf(rows),
    provinces: provincesOf(rows),
    keys: [...new Set(rows.map((r) => r.placeKey))],
    defaultYear: fullestYear(rows),
  };
}

/** One year's rows (what /indicators/<id>/<year>.json holds, in wire form). */
export function yearRows(rows: readonly IndicatorRow[], year: number | null): IndicatorRow[] {
  return rows.filter((r) => r.year === year);
}

export function resolveStateFromFacts(raw: RawIndicatorQuery, facts: IndicatorFacts): { state: IndicatorState; notices: Notice[] } {
  const def: IndicatorState = { year: facts.defaultYear, level: null, province: null, highlight: null };
  const state: IndicatorState = { ...def };
  const notices: Notice[] = [];
  if (raw.year !== undefined && raw.year !== '') {
    const y = /^\d{4}$/.test(raw.year.trim()) ? Number(raw.year.trim()) : NaN;
    if (Number.isNaN(y)) notices.push({ field: 'year', message: `年份“${raw.year}”无效，已显示${def.year ?? '默认'}年。` });
    else if (!facts.years.some(([x]) => x === y)) notices.push({ field: 'year', message: `${y} 年没有此指标的数值，已显示${def.year !== null ? ` ${def.year} 年` : '默认视图'}。` });
    else state.year = y;
  } else if (def.year !== null) {
    notices.push({ field: 'year', message: `链接中没有年份，显示的是当前默认年份 ${def.year} 年（有数值的地区最多的一年）；数据增加后默认年份可能改变，分享时请使用带年份的链接。` });
  }
  if (raw.level !== undefined && raw.level !== '') {
    if ((LEVELS as readonly string[]).includes(raw.level)) state.level = raw.level as Level;
    else notices.push({ field: 'level', message: `层级“${raw.level}”无效，已显示全部层级。` });
  }
  if (raw.province !== undefined && raw.province !== '') {
    if (facts.provinces.includes(raw.province)) state.province = raw.province;
    else notices.push({ field: 'province', message: `没有“${raw.province}”的数据，已显示全部省份。` });
  }
  if (raw.highlight !== undefined && raw.highlight !== '') {
    if (!facts.keys || facts.keys.includes(raw.highlight)) state.highlight = raw.highlight;
    else notices.push({ field: 'highlight', message: `没有代码为“${raw.highlight}”的地区的数据，未突出显示任何地区。` });
  }
  return { state, notices };
}

// ---------------------------------------------------------------------------------------------
// Selection, ranking, summary

export interface RankedRow extends IndicatorRow {
  /** Competition rank (1, 2, 2, 4) among rows with a value; null for gaps. */
  rank: number | null;
  highlighted: boolean;
}

/** Values listed but not ranked: rates on a small sample, and approximate figures (约 300). */
const UNRANKED_FLAGS = ['small-sample', 'approximate'] as const;
const unranked = (r: IndicatorRow): boolean => UNRANKED_FLAGS.some((f) => r.flags.includes(f));

/**
 * Rows shown for a state: one per place (first report id wins), values ranked high → low, then
 * values left out of the ranking (flag small-sample or approximate), then gaps.
 */
export function selectRows(rows: readonly IndicatorRow[], s: IndicatorState): RankedRow[] {
  const seen = new Set<string>();
  const picked: IndicatorRow[] = [];
  for (const r of rows) {
    if (r.year !== s.year) continue;
    if (s.level && r.level !== s.level) continue;
    if (s.province && r.province !== s.province) continue;
    if (seen.has(r.placeKey)) continue;
    seen.add(r.placeKey);
    picked.push(r);
  }
  const byValue = (a: IndicatorRow, b: IndicatorRow) => b.value! - a.value! || zhCompare(a.name, b.name) || cmp(a.placeKey, b.placeKey);
  const withValue = picked.filter((r) => r.value !== null && !unranked(r)).sort(byValue);
  const small = picked.filter((r) => r.value !== null && unranked(r)).sort(byValue);
  const gaps = picked.filter((r) => r.value === null).sort((a, b) => zhCompare(a.name, b.name) || cmp(a.placeKey, b.placeKey));
  const out: RankedRow[] = [];
  withValue.forEach((r, i) => {
    const prev = out[i - 1];
    const rank = prev && prev.value === r.value ? prev.rank : i + 1;
    out.push({ ...r, rank, highlighted: r.placeKey === s.highlight });
  });
  for (const r of [...small, ...gaps]) out.push({ ...r, rank: null, highlighted: r.placeKey === s.highlight });
  return out;
}

export type SortKey = 'rank' | 'name' | 'province' | 'level' | 'value';
export type SortDir = 'asc' | 'desc';

/** Table order; gaps stay last whatever the order. */
export function sortRows(rows: readonly RankedRow[], key: SortKey, dir: SortDir): RankedRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const by: Record<SortKey, (a: RankedRow, b: RankedRow) => number> = {
    rank: (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
    value: (a, b) => (a.value ?? 0) - (b.value ?? 0),
    name: (a, b) => zhCompare(a.name, b.name),
    province: (a, b) => zhCompare(a.province, b.province),
    level: (a, b) => LEVELS.indexOf(a.level as Level) - LEVELS.indexOf(b.level as Level),
  };
  const vals = rows.filter((r) => r.value !== null);
  const gaps = rows.filter((r) => r.value === null);
  return [...vals.sort((a, b) => sign * by[key](a, b) || (a.rank ?? Infinity) - (b.rank ?? Infinity) || cmp(a.placeKey, b.placeKey)), ...gaps];
}

/** A short Chinese description of the selection’s scope: “2017 年云南省县级单位”. */
export function scopeLabel(s: IndicatorState): string {
  return `${s.year ?? ''} 年${s.province ?? ''}${levelNoun(s.level)}`;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length <= 3) return names.slice(0, -1).join('、') + '和' + names[names.length - 1];
  return `${names.slice(0, 2).join('、')}等 ${names.length} 个单位`;
}

/**
 * One sentence: “2017 年 3 个县级单位中，桃源县“收到申请数”最多（210 件），思茅区最少（12 件）；突出显示的阿拉山口市为 50 件，排第 2。”
 */
export function summarize(selection: readonly RankedRow[], s: IndicatorState, label: string, unit: string | null): string {
  // Ranked values only: small-sample rates and approximate figures are listed but not ranked.
  const vals = selection.filter((r) => r.value !== null && r.rank !== null);
  const left = selection.filter((r) => r.value !== null && r.rank === null);
  const small = left.filter((r) => r.flags.includes('small-sample')).length;
  const approx = left.length - small;
  const noun = levelNoun(s.level);
  const where = s.province ?? '';
  const fmt = (r: RankedRow) => withUnit(valueText(r.value, unit, r.flags), unit);
  // A space between Chinese text and a following digit (为 50 件), none before 约 (为约 12 件).
  const is = (r: RankedRow) => (/^[0-9-]/.test(fmt(r)) ? `为 ${fmt(r)}` : `为${fmt(r)}`);
  const whyUnranked = (r: RankedRow) => (r.flags.includes('small-sample') ? '样本较小' : '约数');
  if (s.year === null) return `还没有报告给出“${label}”的数值。`;
  if (vals.length === 0 && left.length > 0) {
    if (approx === 0) return `${s.year} 年${where}${noun}的“${label}”都是样本较小的比率（分母不足 10，共 ${small} 个），不作排名。`;
    if (small === 0) return `${s.year} 年${where}${noun}的“${label}”都是约数（共 ${approx} 个），不作排名。`;
    return `${s.year} 年${where}${noun}的“${label}”都是约数（${approx} 个）或样本较小的比率（${small} 个），不作排名。`;
  }
  if (vals.length === 0) return `${s.year} 年没有${where}${noun}报告“${label}”的数值。`;
  let out: string;
  const h = selection.find((r) => r.highlighted);
  if (vals.length === 1) {
    out = `${s.year} 年只有 1 个${where}${noun}报告了“${label}”：${vals[0]!.name}${is(vals[0]!)}`;
  } else {
    const top = vals.filter((r) => r.rank === 1);
    const minV = vals[vals.length - 1]!.value;
    const bottom = vals.filter((r) => r.value === minV);
    out = `${s.year} 年 ${vals.length} 个${where}${noun}中，`;
    if (top.length === vals.length) {
      out += `“${label}”都是${fmt(top[0]!)}`;
    } else {
      out += `${joinNames(top.map((r) => r.name))}“${label}”${top.length > 1 ? '并列' : ''}最多（${fmt(top[0]!)}），`;
      out += `${joinNames(bottom.map((r) => r.name))}${bottom.length > 1 ? '并列' : ''}最少（${fmt(bottom[0]!)}）`;
    }
    if (h && h.value !== null && h.rank !== null && h.rank !== 1 && h.value !== minV) out += `；${h.name}${is(h)}，排第 ${h.rank} 位`;
  }
  if (h && h.value !== null && h.rank === null) out += `；${h.name}${is(h)}（${whyUnranked(h)}，不参与排名）`;
  else if (h && h.value === null) out += `；${h.name}未给出数值`;
  if (small > 0) out += `；另有 ${small} 个样本较小（分母不足 10），不参与排名`;
  if (approx > 0) out += `；另有 ${approx} 个约数，不参与排名`;
  return out + '。';
}
