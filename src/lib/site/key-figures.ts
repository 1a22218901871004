// Key figures of a report (comparable across templates through the catalog crosswalk), each with
// the same place's value from the nearest earlier year that has it (the year before, or the last
// report before a gap: 平潭 2023 ← 2021), saying which year.
import { seriesByKey, seriesValue, type CoreSeries } from '../catalog/crosswalk.ts';
import type { SiteReport } from '../records/model.ts';
import { formatValue } from './format.ts';

/** Crosswalk concepts shown as key figures, in order. */
export const KEY_SERIES = ['requests-received', 'granted', 'refused', 'reconsiderations', 'lawsuits'] as const;

type Rec = Pick<SiteReport, 'id' | 'meta' | 'values' | 'derived'>;

export interface KeyFigure {
  key: string;
  zh: string;
  value: number | null;
  text: string;
  /** Catalog ids summed for the value (first id links to the chart). */
  ids: string[];
  comparable: CoreSeries['comparable'];
  note: string | null;
  prev: { year: number; value: number; text: string; reportId: string; templateChanged: boolean; lastYear: boolean } | null;
}

function valueOf(series: CoreSeries, r: Rec) {
  return seriesValue(series, { template: r.meta.template, variant: r.meta.variant, values: r.values, derived: r.derived });
}

/** `earlier`: the same place's other reports (any order; only annual reports of earlier years count). */
export function keyFigures(r: Rec, earlier: readonly Rec[]): KeyFigure[] {
  const year = r.meta.year;
  const before = year === null ? [] : earlier.filter((x) => x.meta.year !== null && x.meta.year < year && x.meta.kind === 'annual-report').sort((a, b) => b.meta.year! - a.meta.year!);
  const out: KeyFigure[] = [];
  for (const key of KEY_SERIES) {
    const s = seriesByKey(key);
    if (!s) continue;
    const v = valueOf(s, r);
    let previous: Rec | null = null;
    let p: ReturnType<typeof valueOf> = null;
    for (const x of before) {
      p = valueOf(s, x);
      if (p) {
        previous = x;
        break;
      }
    }
    out.push({
      key,
      zh: s.zh,
      value: v?.value ?? null,
      text: v ? formatValue(v.value, '件').text : '—',
      ids: v?.ids ?? [],
      comparable: s.comparable,
      note: s.note ?? null,
      prev:
        p && previous && previous.meta.year != null
          ? {
              year: previous.meta.year,
              value: p.value,
              text: formatValue(p.value, '件').text,
              reportId: previous.id,
              templateChanged: previous.meta.template !== r.meta.template,
              lastYear: year !== null && previous.meta.year === year - 1,
            }
          : null,
    });
  }
  return out;
}

/** Short figures for list rows: 收到申请 and 予以公开 (null when the report has none). */
export function listFigures(r: Rec): { received: number | null; granted: number | null } {
  const get = (k: string) => {
    const s = seriesByKey(k);
    return s ? (valueOf(s, r)?.value ?? null) : null;
  };
  return { received: get('requests-received'), granted: get('granted') };
}

export interface LatestFigure {
  key: string;
  zh: string;
  /** Catalog ids summed (first id links to the chart). */
  ids: string[];
  /** null: no report of the place has it. */
  value: number | null;
  text: string;
  year: number | null;
  reportId: string | null;
  /** false when the latest report lacks the figure and an earlier year's is shown. */
  fromLatest: boolean;
}

/** A place's key figures: each from its latest annual report, or from the nearest earlier year that has it. */
export function latestFigures(reports: readonly Rec[]): { latestYear: number | null; figures: LatestFigure[] } {
  const annual = reports.filter((x) => x.meta.year !== null && x.meta.kind === 'annual-report').sort((a, b) => b.meta.year! - a.meta.year!);
  const latestYear = annual[0]?.meta.year ?? null;
  const figures: LatestFigure[] = [];
  for (const key of KEY_SERIES) {
    const s = seriesByKey(key);
    if (!s) continue;
    let found: { r: Rec; v: NonNullable<ReturnType<typeof valueOf>> } | null = null;
    for (const r of annual) {
      const v = valueOf(s, r);
      if (v) {
        found = { r, v };
        break;
      }
    }
    figures.push({
      key,
      zh: s.zh,
      ids: found?.v.ids ?? [],
      value: found?.v.value ?? null,
      text: found ? formatValue(found.v.value, '件').text : '—',
      year: found?.r.meta.year ?? null,
      reportId: found?.r.id ?? null,
      fromLatest: found !== null && found.r.meta.year === latestYear,
    });
  }
  return { latestYear, figures };
}
