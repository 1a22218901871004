// Build-time data for the compare page and its JSON endpoints (/compare/places.json,
// /compare/indicators.json, /compare/place/<key>.json). Computed once per build.
import { getReports } from '../../data/reports.ts';
import { indicator, indicators } from '../../lib/catalog/index.ts';
import { coreSeries, seriesValue } from '../../lib/catalog/crosswalk.ts';
import { placeDetail, placeIndex, placeReport, placeReports, type CoreMeta, type IndicatorMeta, type PlaceDetail, type PlaceIndexEntry, type ReportWithMeta } from '../../lib/site/compare-state.ts';
import type { Template, Variant } from '../../lib/types.ts';
import { placePinyin } from '../../lib/places/pinyin.ts';

function coreValues(r: ReportWithMeta): Record<string, number> {
  const out: Record<string, number> = {};
  const report = { template: r.meta.template as Template, variant: r.meta.variant as Variant, values: { ...r.textValues, ...r.values }, derived: r.derived };
  for (const s of coreSeries) {
    const v = seriesValue(s, report);
    if (v) out[s.key] = v.value;
  }
  return out;
}

export const coreMeta: CoreMeta[] = coreSeries.map((s) => {
  const first = s.post2019?.ids[0] ?? Object.values(s.post2019?.byVariant ?? {})[0]?.ids[0] ?? s.pre2019?.ids[0];
  return { key: s.key, zh: s.zh, en: s.en, comparable: s.comparable, ...(s.note ? { note: s.note } : {}), unit: first ? (indicator(first)?.unit ?? null) : null };
});

let cache: Promise<{ index: PlaceIndexEntry[]; keys: string[]; detail: (key: string) => PlaceDetail; indicators: IndicatorMeta[] }> | null = null;

/**
 * The place index, the place keys (sorted), each place's detail — made when its JSON is written, not
 * held: at 100,000 reports the details are a copy of every value — and the indicators they use.
 */
export function loadCompareData() {
  cache ??= getReports().then((reports: readonly ReportWithMeta[]) => {
    const byKey = placeReports(reports);
    // Pinyin for the typeahead, computed here so pinyin-pro stays out of the island.
    const index = placeIndex(byKey).map((p) => {
      const { full, initials } = placePinyin(p.n);
      return full ? { ...p, py: full, pi: initials } : p;
    });
    const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : 1));
    const detail = (k: string) => placeDetail(k, byKey.get(k) ?? [], coreValues);
    const used = new Set<string>();
    const noCore = () => ({});
    for (const list of byKey.values()) {
      for (const r of list) {
        const { v, g } = placeReport(r, noCore);
        for (const id of [...Object.keys(v), ...Object.keys(g)]) used.add(id);
      }
    }
    const inds: IndicatorMeta[] = indicators
      .filter((i) => used.has(i.id))
      .map((i) => ({ id: i.id, zh: i.zh, en: i.en, unit: i.unit, s: i.section, t: i.template, va: i.variant, kd: i.kind }));
    return { index, keys, detail, indicators: inds };
  });
  return cache;
}
