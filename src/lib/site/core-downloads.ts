// The cross-template core series as a download (/data/nianbao-core.csv): for each place and each
// crosswalk concept that both forms print (收到申请, 予以公开, 行政复议 …), one row per year with the
// value summed from that year's form (the 2014 table before 2019, tables 三/四 after), the ids it
// was summed from, and whether the form changed since the place's previous year. The only series
// that run from 2011 to 2025 through the template change.
import { coreSeries, placeSeries, type CoreSeries } from '../catalog/crosswalk.ts';
import { indicator } from '../catalog/index.ts';
import { PLACE_FIELDS, placeColumns, type DownloadRecord } from './downloads.ts';

export const CORE_FIELDS = [...PLACE_FIELDS, 'series_id', 'series_zh', 'series_en', 'comparable', 'value', 'unit', 'indicator_ids', 'flags', 'template_change'] as const;

/** Series both templates print (a concept with one side only, such as fees, is not a cross-template series). */
export const crossTemplateSeries: readonly CoreSeries[] = coreSeries.filter((s) => s.pre2019 && s.post2019 && s.comparable !== 'no');

/**
 * Rows of the core CSV: places in the order given (site order), then series (crosswalk order), then
 * years; per place and year the first report by id with a value (as place pages show it).
 */
export function coreRows(reports: readonly DownloadRecord[], series: readonly CoreSeries[] = crossTemplateSeries): Array<Record<string, unknown>> {
  const byPlace = new Map<string, DownloadRecord[]>();
  for (const r of reports) {
    if (r.meta.kind !== 'annual-report') continue;
    (byPlace.get(r.placeKey) ?? byPlace.set(r.placeKey, []).get(r.placeKey)!).push(r);
  }
  const out: Array<Record<string, unknown>> = [];
  for (const list of byPlace.values()) {
    const byId = new Map(list.map((r) => [r.id, r]));
    const records = list.map((r) => ({ id: r.id, year: r.meta.year, template: r.meta.template, variant: r.meta.variant, values: r.values, derived: r.derived }));
    for (const s of series) {
      for (const p of placeSeries(s, records)) {
        const r = byId.get(p.recordId)!;
        const flags = new Set<string>();
        for (const id of p.ids) {
          for (const f of r.provenance[id]?.flags ?? []) flags.add(f);
          if (!(id in r.values)) flags.add('derived');
        }
        out.push({
          ...placeColumns(r),
          series_id: s.key,
          series_zh: s.zh,
          series_en: s.en,
          comparable: s.comparable,
          value: p.value,
          unit: indicator(p.ids[0]!)?.unit ?? '',
          indicator_ids: p.ids.join('+'),
          flags: [...flags].sort().join('|'),
          template_change: p.templateChange ? 1 : '',
        });
      }
    }
  }
  return out;
}
