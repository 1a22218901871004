// Key figures of a report (comparable across templates through the catalog crosswalk), each with
// the same place's value from the year before when there is one.
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
  prev: { year: number; value: number; text: string; reportId: string; templateChanged: boolean } | null;
}

function valueOf(series: CoreSeries, r: Rec) {
  return seriesValue(series, { template: r.meta.template, variant: r.meta.variant, values: r.values, derived: r.derived });
}

export function keyFigures(r: Rec, previous: Rec | null): KeyFigure[] {
  const out: KeyFigure[] = [];
  for (const key of KEY_SERIES) {
    const s = seriesByKey(key);
    if (!s) continue;
    const v = valueOf(s, r);
    const p = previous ? valueOf(s, previous) : null;
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
