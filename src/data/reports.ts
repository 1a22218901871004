// Memoised build-time access to the `reports` and `ingest` collections (shared by all pages).
import { getCollection } from 'astro:content';
import type { IngestEntry, SiteReport } from '../lib/site/model.ts';
import { groupPlaces, type PlaceSummary } from '../lib/site/place-view.ts';

let reportsP: Promise<SiteReport[]> | null = null;
let ingestP: Promise<IngestEntry[]> | null = null;
let indexP: Promise<ReportIndex> | null = null;

const byPlaceYear = (a: SiteReport, b: SiteReport) =>
  a.placeName.localeCompare(b.placeName, 'zh-CN') || (a.meta.year ?? 0) - (b.meta.year ?? 0) || (a.id < b.id ? -1 : 1);

/** Every report record, sorted by place name then year. */
export function getReports(): Promise<SiteReport[]> {
  reportsP ??= getCollection('reports').then((es) => es.map((e) => e.data as SiteReport).sort(byPlaceYear));
  return reportsP;
}

/** Every file ingest saw (reports, variants, errors). */
export function getIngest(): Promise<IngestEntry[]> {
  ingestP ??= getCollection('ingest').then((es) => es.map((e) => e.data as unknown as IngestEntry));
  return ingestP;
}

export interface ReportIndex {
  reports: SiteReport[];
  byId: Map<string, SiteReport>;
  byPlace: Map<string, SiteReport[]>;
  places: PlaceSummary[];
  placeByKey: Map<string, PlaceSummary>;
  /** The same place's report of the year before (for key figures). */
  previous(r: SiteReport): SiteReport | null;
}

export function getIndex(): Promise<ReportIndex> {
  indexP ??= getReports().then((reports) => {
    const byId = new Map(reports.map((r) => [r.id, r]));
    const byPlace = new Map<string, SiteReport[]>();
    for (const r of reports) byPlace.set(r.placeKey, [...(byPlace.get(r.placeKey) ?? []), r]);
    const places = groupPlaces(reports);
    const placeByKey = new Map(places.map((p) => [p.key, p]));
    return {
      reports,
      byId,
      byPlace,
      places,
      placeByKey,
      previous(r) {
        if (r.meta.year == null) return null;
        return (byPlace.get(r.placeKey) ?? []).find((x) => x.meta.year === r.meta.year! - 1 && x.meta.kind === 'annual-report') ?? null;
      },
    };
  });
  return indexP;
}
