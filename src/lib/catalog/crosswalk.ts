// Core indicators comparable across the pre-2019 and post-2019 forms, read from the catalog's
// `crosswalk` entries, and the value of each for a report.
import { crosswalk, hasIndicator, type CrosswalkEntry } from './index.ts';
import type { Template, Variant } from '../types.ts';

export type Comparable = 'yes' | 'approximate' | 'no';

export interface Formula {
  ids: string[];
  op: 'sum';
}

/** One template's formula; `byVariant` when the form's variants print the figure in different rows. */
export interface SideFormula {
  ids: string[];
  op: 'sum';
  byVariant?: Partial<Record<string, Formula>>;
}

export interface CoreSeries {
  key: string;
  zh: string;
  en: string;
  comparable: Comparable;
  note?: string;
  pre2019: SideFormula | null;
  post2019: SideFormula | null;
}

/** Labels for the catalog's crosswalk concepts (the catalog names them in English only). */
const LABELS: Record<string, { key: string; zh: string }> = {
  'new requests received': { key: 'requests-received', zh: '收到公开申请' },
  'requests granted in full': { key: 'granted', zh: '予以公开' },
  'partially granted': { key: 'partially-granted', zh: '部分公开' },
  refused: { key: 'refused', zh: '不予公开' },
  'information does not exist / not held': { key: 'not-held', zh: '信息不存在（本机关不掌握）' },
  'administrative reconsiderations': { key: 'reconsiderations', zh: '行政复议' },
  'administrative lawsuits': { key: 'lawsuits', zh: '行政诉讼' },
  'normative documents issued': { key: 'normative-documents', zh: '制发规范性文件' },
  'fees charged for disclosure on request': { key: 'fees', zh: '依申请公开收费' },
};

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const ID = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;

/** "a + b" → {ids:[a,b]}; "x (万元)" drops the unit note; anything that is not a sum of catalog ids → null. */
function parseSum(text: string): Formula | null {
  const ids = text
    .replace(/\([^)]*\)/g, '')
    .split('+')
    .map((s) => s.trim());
  if (!ids.length || !ids.every((id) => ID.test(id) && hasIndicator(id))) return null;
  return { ids, op: 'sum' };
}

/** "a (2021) / b (2019)" → byVariant; a plain sum → ids; prose such as "none in tables: …" → null. */
export function parseSide(text: string | null): SideFormula | null {
  if (!text) return null;
  const variantParts = [...text.matchAll(/([^/()]+?)\s*\((\d{4}(?:-\d{4})?)\)/g)];
  if (variantParts.length > 1) {
    const byVariant: Partial<Record<string, Formula>> = {};
    for (const [, expr, variant] of variantParts) {
      const f = parseSum(expr!);
      if (!f) return null;
      byVariant[variant!] = f;
    }
    return { ids: [], op: 'sum', byVariant };
  }
  const f = parseSum(text);
  return f ? { ...f } : null;
}

export function toSeries(entry: CrosswalkEntry): CoreSeries {
  const label = LABELS[entry.concept];
  const comparable: Comparable = entry.comparable === 'yes' || entry.comparable === 'approximate' ? entry.comparable : 'no';
  return {
    key: label?.key ?? slug(entry.concept),
    zh: label?.zh ?? entry.concept,
    en: entry.concept,
    comparable,
    ...(entry.note ? { note: entry.note } : {}),
    pre2019: parseSide(entry.pre2019),
    post2019: parseSide(entry.post2019),
  };
}

export const coreSeries: readonly CoreSeries[] = crosswalk.map(toSeries);

export function seriesByKey(key: string): CoreSeries | undefined {
  return coreSeries.find((s) => s.key === key);
}

export interface SeriesRecord {
  template: Template;
  variant: Variant;
  /** Printed values; `derived` is consulted for ids the report does not print. */
  values: Record<string, number>;
  derived?: Record<string, number>;
}

export interface SeriesValue {
  value: number;
  ids: string[];
  template: 'pre2019' | 'post2019';
}

function sumOf(f: Formula, r: SeriesRecord): number | null {
  let total = 0;
  for (const id of f.ids) {
    const v = r.values[id] ?? r.derived?.[id];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** The concept's value in a report, or null when the form has no such figure or any operand is missing. */
export function seriesValue(concept: CoreSeries | string, record: SeriesRecord): SeriesValue | null {
  const series = typeof concept === 'string' ? seriesByKey(concept) : concept;
  if (!series || record.template === 'none') return null;
  const side = series[record.template];
  if (!side) return null;
  const { template } = record;
  let formulas: Formula[];
  if (!side.byVariant) formulas = [side];
  else {
    const exact = record.variant ? side.byVariant[record.variant] : undefined;
    // 'mixed' / unknown variants: whichever variant's row the report printed.
    formulas = exact ? [exact] : Object.values(side.byVariant).filter((f): f is Formula => !!f);
  }
  for (const f of formulas) {
    const value = sumOf(f, record);
    if (value !== null) return { value, ids: f.ids, template };
  }
  return null;
}

export interface PlaceRecord extends SeriesRecord {
  id: string;
  year: number | null;
}

export interface SeriesPoint extends SeriesValue {
  year: number;
  recordId: string;
  /** The template differs from the previous point's: compare only as far as `comparable` allows. */
  templateChange: boolean;
}

/** A place's series across years: one point per year (the first record by id that has a value). */
export function placeSeries(concept: CoreSeries | string, records: readonly PlaceRecord[]): SeriesPoint[] {
  const byYear = new Map<number, SeriesPoint>();
  const sorted = [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const r of sorted) {
    if (r.year === null || byYear.has(r.year)) continue;
    const v = seriesValue(concept, r);
    if (v) byYear.set(r.year, { ...v, year: r.year, recordId: r.id, templateChange: false });
  }
  const points = [...byYear.values()].sort((a, b) => a.year - b.year);
  points.forEach((p, i) => (p.templateChange = i > 0 && points[i - 1]!.template !== p.template));
  return points;
}

/** Every core series for a place, keyed by series key. */
export function placeSeriesAll(records: readonly PlaceRecord[]): Record<string, SeriesPoint[]> {
  return Object.fromEntries(coreSeries.map((s) => [s.key, placeSeries(s, records)]));
}
