// Data for the compare page (/compare/?places=a,b): the compact JSON files the island loads
// (a place index for the typeahead and peers, indicator labels, one file per place with its
// reports' values) and the comparison table built from them. Plain TS: no catalog import here, so
// the island stays small; build-time callers pass the catalog-derived parts in.
import type { CompareSelection, RawCompareQuery } from './compare-url.ts';
import { MAX_PLACES, isPlaceKey } from './compare-url.ts';
import type { ReportLike } from './indicator-state.ts';
import { zhCompare } from './collate.ts';
import type { PlacePeers } from './compare-peers.ts';

// ------------------------------------------------------------------------------------------
// Wire formats

/** /compare/places.json entry. */
export interface PlaceIndexEntry {
  k: string;
  n: string;
  /** level */
  l: string | null;
  /** province */
  p: string | null;
  /** prefecture */
  pf: string | null;
  /** division code, when the place has one */
  c: string | null;
  /** years with a report, ascending */
  y: number[];
  /** toneless pinyin of the name, syllables joined (“simaoqu”; added at build time by compare-data.ts) */
  py?: string;
  /** pinyin initials (“smq”) */
  pi?: string;
}

/**
 * The form queries and names are matched in: spaces and apostrophes dropped, Latin letters in lower
 * case (“Si Mao”, “si'mao” → “simao”). One character at a time, so a part of a string
 * keeps being a part of it: the typeahead's prefix files (compare-find.ts) rely on that, and on
 * results depending only on this form of the query.
 */
export function searchKey(s: string): string {
  return s.replace(/[\s'’]+/g, '').replace(/[A-Z]+/g, (c) => c.toLowerCase());
}

/** A query typed in Latin letters (pinyin or initials, spaces and apostrophes ignored), lower case; null otherwise. */
export function pinyinQuery(q: string): string | null {
  const s = searchKey(q);
  return /^[a-z]+$/.test(s) ? s : null;
}

/** /compare/indicators.json entry (catalog order; only ids some report has). */
export interface IndicatorMeta {
  id: string;
  zh: string;
  en: string;
  unit: string | null;
  /** section */
  s: string;
  /** template */
  t: string;
  /** variant */
  va: string;
  /** kind (derived values are marked 派生) */
  kd: string;
}

export interface CoreMeta {
  key: string;
  zh: string;
  en: string;
  comparable: string;
  note?: string;
  unit: string | null;
}

export interface CompareIndex {
  places: PlaceIndexEntry[];
  core: CoreMeta[];
}

export interface PlaceReport {
  id: string;
  y: number | null;
  t: string;
  va: string | null;
  /** values (printed, text and derived together) */
  v: Record<string, number>;
  /** flags per id, space-separated ('derived' for derived values) */
  f: Record<string, string>;
  /** gap reason per id */
  g: Record<string, string>;
  /** core concept values */
  c: Record<string, number>;
}

/** /compare/place/<key>.json */
export interface PlaceDetail {
  k: string;
  n: string;
  reports: PlaceReport[];
  /** the place's index entry (the page resolves a link's places from their files, not from the whole index) */
  e?: PlaceIndexEntry;
  /** suggested peers per year (compare-peers.ts) */
  peers?: PlacePeers;
}

export interface ReportWithMeta extends ReportLike {
  meta: ReportLike['meta'] & { template: string; variant: string | null; prefecture: string | null; adcode: string | null };
}

/** Build-time: one report → its compact form. `core` gives the crosswalk values (crosswalk.ts seriesValue). */
export function placeReport(r: ReportWithMeta, core: (r: ReportWithMeta) => Record<string, number>): PlaceReport {
  const { derived, textValues, values, provenance } = r;
  // v: derived values, then text values, then printed ones (each over the one before, in that key order)
  const v: Record<string, number> = {};
  // A Map, not an object: deleting keys from an object is slow; Object.fromEntries keeps the same key order.
  const f = new Map<string, string>();
  for (const id in derived) {
    v[id] = derived[id]!;
    f.set(id, 'derived');
  }
  for (const id in textValues) {
    v[id] = id in values ? values[id]! : textValues[id]!;
    f.delete(id);
  }
  for (const id in values) {
    if (id in textValues) continue;
    v[id] = values[id]!;
    f.delete(id);
  }
  for (const id in provenance) {
    if (!(id in v)) continue;
    const p = provenance[id]!;
    const derivedValue = f.has(id);
    if (!derivedValue && p.flags.length === 0) continue;
    f.set(id, flagText(p, derivedValue));
  }
  const g: Record<string, string> = {};
  for (const gap of r.gaps) if (!(gap.id in v)) g[gap.id] = gap.reason;
  return { id: r.id, y: r.meta.year, t: r.meta.template, va: r.meta.variant, v, f: Object.fromEntries(f), g, c: core(r) };
}

// A value's flags as placeReport writes them (sorted, 'derived' with the provenance's own for a
// derived value), per provenance entry: summaries share one entry per source, flags and operands.
const plainFlags = new WeakMap<object, string>();
const derivedFlags = new WeakMap<object, string>();
function flagText(p: { flags: readonly string[] }, derived: boolean): string {
  const seen = derived ? derivedFlags : plainFlags;
  let text = seen.get(p);
  if (text === undefined) seen.set(p, (text = [...new Set([...(derived ? ['derived'] : []), ...p.flags])].sort().join(' ')));
  return text;
}

/** Build-time: the reports of each comparable place (key order as met), latest year first. */
export function placeReports<R extends ReportWithMeta>(reports: readonly R[]): Map<string, R[]> {
  const byKey = new Map<string, R[]>();
  for (const r of reports) {
    if (!isPlaceKey(r.placeKey) || r.placeKey === 'unknown') continue;
    const list = byKey.get(r.placeKey) ?? [];
    list.push(r);
    byKey.set(r.placeKey, list);
  }
  for (const list of byKey.values()) list.sort((a, b) => (b.meta.year ?? -1) - (a.meta.year ?? -1) || (a.id < b.id ? -1 : 1));
  return byKey;
}

/** Build-time: index entries of the places (sorted by name) from placeReports. */
export function placeIndex(byKey: ReadonlyMap<string, readonly ReportWithMeta[]>): PlaceIndexEntry[] {
  const index: PlaceIndexEntry[] = [];
  for (const [k, list] of byKey) {
    const latest = list[0]!;
    const years = [...new Set(list.map((r) => r.meta.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
    index.push({
      k, n: latest.placeName, l: latest.meta.level, p: latest.meta.province, pf: latest.meta.prefecture,
      c: latest.meta.adcode, y: years,
    });
  }
  return index.sort((a, b) => zhCompare(a.n, b.n) || (a.k < b.k ? -1 : 1));
}

/** Build-time: one place's detail (/compare/place/<key>.json) from its reports in placeReports order. */
export function placeDetail(k: string, list: readonly ReportWithMeta[], core: (r: ReportWithMeta) => Record<string, number>): PlaceDetail {
  return { k, n: list[0]!.placeName, reports: list.map((r) => placeReport(r, core)) };
}

/** Build-time: reports grouped by place → index entries (sorted by name) and details (sorted by key). */
export function buildPlaces(
  reports: readonly ReportWithMeta[],
  core: (r: ReportWithMeta) => Record<string, number>,
): { index: PlaceIndexEntry[]; details: PlaceDetail[] } {
  const byKey = placeReports(reports);
  const details = [...byKey].map(([k, list]) => placeDetail(k, list, core));
  return { index: placeIndex(byKey), details: details.sort((a, b) => (a.k < b.k ? -1 : 1)) };
}

// ------------------------------------------------------------------------------------------
// Typeahead

interface Scored {
  p: PlaceIndexEntry;
  s: number;
}
/** Better score, then more years, then name, then key: a total order. */
const order = (a: Scored, b: Scored) => a.s - b.s || b.p.y.length - a.p.y.length || zhCompare(a.p.n, b.p.n) || (a.p.k < b.p.k ? -1 : a.p.k > b.p.k ? 1 : 0);

interface Folded {
  n: string;
  prov: string;
  pref: string;
  k: string;
}
// searchKey forms of an entry's strings, made once per entry (the build asks many queries of each).
const folded = new WeakMap<PlaceIndexEntry, Folded>();
function foldedOf(p: PlaceIndexEntry): Folded {
  let f = folded.get(p);
  if (!f) folded.set(p, (f = { n: searchKey(p.n), prov: searchKey(p.p ?? ''), pref: searchKey(p.pf ?? ''), k: searchKey(p.k) }));
  return f;
}

/**
 * Places whose name contains the query, or whose division code / key starts with it (both in their
 * searchKey form). Exact, then prefix, then contains; then more years, name and key (a total order,
 * so any list holding every match gives the same answer).
 */
export function searchIndex(places: readonly PlaceIndexEntry[], query: string, limit = 10): PlaceIndexEntry[] {
  const q = searchKey(query);
  if (!q) return [];
  const numeric = /^[0-9]+$/.test(q);
  const py = /^[a-z]+$/.test(q) ? q : null;
  const best: Scored[] = [];
  if (limit <= 0) return [];
  for (const p of places) {
    let s = -1;
    if (numeric) {
      if (p.c === q || p.k === q) s = 0;
      else if (p.c?.startsWith(q) || p.k.startsWith(q)) s = 1;
    } else {
      const { n, prov, pref, k } = foldedOf(p);
      const names = [n, prov + n, pref + n];
      if (names.includes(q)) s = 0;
      else if (n.startsWith(q)) s = 1;
      else if (names.some((x) => x.includes(q))) s = 2;
      else if (k.startsWith(q)) s = 3;
      else if (py && (p.py?.startsWith(py) || p.pi?.startsWith(py))) s = p.py === py || p.pi === py ? 1 : 2;
      else if (prov.includes(q) || pref.includes(q)) s = 4;
    }
    if (s < 0) continue;
    // The best `limit` so far, in order: a match not better than the last is dropped at once.
    const x = { p, s };
    if (best.length >= limit && order(x, best[best.length - 1]!) >= 0) continue;
    let i = best.length;
    while (i > 0 && order(x, best[i - 1]!) < 0) i--;
    best.splice(i, 0, x);
    if (best.length > limit) best.pop();
  }
  return best.map((x) => x.p);
}

// ------------------------------------------------------------------------------------------
// Selection

export interface CompareNotice {
  message: string;
}

/**
 * Keep known places (in order, at most 6) and give every column a year: the one asked for when the
 * place has it, else its latest report — said in a notice, since that choice moves with the data.
 */
export function resolveCompare(raw: RawCompareQuery, places: readonly PlaceIndexEntry[]): { selection: CompareSelection; notices: CompareNotice[] } {
  const byKey = new Map(places.map((p) => [p.k, p]));
  const notices: CompareNotice[] = [];
  const known: string[] = [];
  const unknown: string[] = [];
  for (const k of raw.places) (byKey.has(k) ? known : unknown).push(k);
  if (unknown.length) notices.push({ message: `没有找到这些地区代码的报告，已忽略：${unknown.join('、')}。` });
  if (known.length > MAX_PLACES) notices.push({ message: `最多同时对比 ${MAX_PLACES} 个地区，已保留前 ${MAX_PLACES} 个。` });
  const keys = known.slice(0, MAX_PLACES);
  const years: Record<string, number> = {};
  const unstated: string[] = [];
  for (const k of keys) {
    const p = byKey.get(k)!;
    if (!p.y.length) continue;
    const latest = Math.max(...p.y);
    const y = raw.years[k];
    if (y === undefined) {
      years[k] = latest;
      unstated.push(`${p.n}（${latest} 年）`);
      continue;
    }
    const n = /^\d{4}$/.test(y) ? Number(y) : NaN;
    if (p.y.includes(n)) years[k] = n;
    else {
      years[k] = latest;
      notices.push({ message: `${p.n}没有 ${y} 年的报告，已使用最新一年（${latest} 年）。` });
    }
  }
  if (unstated.length) notices.push({ message: `链接中没有这些地区的年份，使用的是目前最新的报告：${unstated.join('、')}；有新报告后会改变，分享时请使用下方带年份的链接。` });
  return { selection: { places: keys, years, ...(raw.onlyDiff ? { onlyDiff: true } : {}) }, notices };
}

/** The report a column uses: the chosen year's, else the latest dated one, else the first. */
export function pickReport(detail: PlaceDetail, year?: number): PlaceReport | null {
  const dated = detail.reports.filter((r) => r.y !== null).sort((a, b) => b.y! - a.y! || (a.id < b.id ? -1 : 1));
  if (year !== undefined) {
    const r = dated.find((x) => x.y === year);
    if (r) return r;
  }
  return dated[0] ?? detail.reports[0] ?? null;
}

// ------------------------------------------------------------------------------------------
// Table

export type Mark = 'max' | 'min' | null;

export interface CompareCell {
  value: number | null;
  flags: string[];
  gap: string | null;
  mark: Mark;
  /** value − first column's value, when both are numbers (null in the first column). */
  diff: number | null;
}

export interface CompareRow {
  id: string;
  zh: string;
  en: string;
  unit: string | null;
  /** derived indicator (派生) / concept comparability note */
  derived: boolean;
  note?: string;
  cells: CompareCell[];
  /** at least two numbers and they are not all equal */
  differs: boolean;
  /** the numbers come from reports of different templates, joined through the crosswalk (格式不同，仅大致可比) */
  templatesDiffer?: boolean;
}

export interface CompareGroup {
  title: string;
  rows: CompareRow[];
}

export interface Column {
  place: PlaceIndexEntry;
  report: PlaceReport | null;
}

/** Per column: its report's year differs from the first (base) column's. */
export function yearDiffers(columns: readonly Column[]): boolean[] {
  const base = columns[0]?.report?.y ?? null;
  return columns.map((c, i) => i > 0 && (c.report?.y ?? null) !== base);
}

export function templateLabel(template: string, variant: string | null): string {
  if (template === 'pre2019') return variant === '2008-2013' ? '2008–2013 地方统计报表' : '2014 统计表';
  if (template === 'post2019') return '2019–2021 格式';
  return '其他';
}

/** Highest / lowest are marked only among at least this many numbers (with two, the diff says it all). */
export const MIN_MARKED = 3;

function markCells(cells: Array<Omit<CompareCell, 'mark' | 'diff'>>): { cells: CompareCell[]; differs: boolean } {
  const nums = cells.map((c) => c.value).filter((v): v is number => v !== null);
  const max = nums.length ? Math.max(...nums) : null;
  const min = nums.length ? Math.min(...nums) : null;
  const differs = nums.length >= 2 && max !== min;
  const marked = differs && nums.length >= MIN_MARKED;
  const first = cells[0]?.value ?? null;
  return {
    differs,
    cells: cells.map((c, i) => ({
      ...c,
      mark: marked && c.value === max ? 'max' : marked && c.value === min ? 'min' : null,
      diff: i > 0 && c.value !== null && first !== null ? c.value - first : null,
    })),
  };
}

/**
 * Rows: first the core concepts (comparable across the two templates), then every indicator some
 * column has a value or a stated gap for, grouped by template and section in catalog order.
 */
export function buildCompareTable(columns: readonly Column[], indicators: readonly IndicatorMeta[], core: readonly CoreMeta[]): CompareGroup[] {
  const groups: CompareGroup[] = [];
  const coreRows: CompareRow[] = [];
  for (const c of core) {
    const raw = columns.map((col) => ({ value: col.report?.c[c.key] ?? null, flags: [], gap: null }));
    if (raw.every((x) => x.value === null)) continue;
    const templates = new Set(columns.filter((col) => col.report?.c[c.key] !== undefined).map((col) => templateLabel(col.report!.t, col.report!.va)));
    coreRows.push({
      id: c.key, zh: c.zh, en: c.en, unit: c.unit, derived: false, ...(c.note ? { note: c.note } : {}), ...markCells(raw),
      ...(templates.size > 1 ? { templatesDiffer: true } : {}),
    });
  }
  if (coreRows.length) groups.push({ title: '核心指标（两种格式可比）', rows: coreRows });
  const byGroup = new Map<string, CompareRow[]>();
  for (const ind of indicators) {
    const raw = columns.map((col) => ({
      value: col.report?.v[ind.id] ?? null,
      flags: col.report?.f[ind.id]?.split(' ').filter(Boolean) ?? [],
      gap: col.report?.g[ind.id] ?? null,
    }));
    if (raw.every((x) => x.value === null && x.gap === null)) continue;
    const title = `${templateLabel(ind.t, ind.va)} · ${ind.s}`;
    const list = byGroup.get(title) ?? [];
    list.push({ id: ind.id, zh: ind.zh, en: ind.en, unit: ind.unit, derived: ind.kd === 'derived', ...markCells(raw) });
    byGroup.set(title, list);
  }
  for (const [title, rows] of byGroup) groups.push({ title, rows });
  return groups;
}
