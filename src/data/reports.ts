// Memoised build-time access to the report records and the `ingest` collection (shared by all pages).
// Records are read straight from the ingest output (src/lib/records/store.ts), once per build.
import { getCollection } from 'astro:content';
import type { IngestEntry, SiteReport } from '../lib/records/model.ts';
import { readSiteReports } from '../lib/records/store.ts';
import { groupPlaces, type PlaceSummary } from '../lib/site/place-view.ts';

let reportsP: Promise<SiteReport[]> | null = null;
let ingestP: Promise<IngestEntry[]> | null = null;
let indexP: Promise<ReportIndex> | null = null;

const DATA = process.env.NIANBAO_DATA ?? './.nianbao/data';

/** Every report record, sorted by place name then year. */
export function getReports(): Promise<SiteReport[]> {
  // Ingest validated every record before writing it: no second validation here.
  reportsP ??= Promise.resolve().then(() => readSiteReports(DATA, { validate: false }));
  return reportsP;
}

/** Every file ingest saw (reports, variants, errors). */
export function getIngest(): Promise<IngestEntry[]> {
  ingestP ??= getCollection('ingest').then((es) => es.map((e): IngestEntry => e.data));
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
    for (const r of reports) {
      const list = byPlace.get(r.placeKey);
      if (list) list.push(r);
      else byPlace.set(r.placeKey, [r]);
    }
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

/** The home page lists every report up to this many; above it, the latest ones and a link to /reports/. */
export const HOME_LIST_MAX = 50;
/** /reports/ lists every report up to this many; above it, pages /reports/page/<n>/ of this size. */
export const REPORTS_PAGE_SIZE = 1000;

let latestP: Promise<SiteReport[]> | null = null;
/** The HOME_LIST_MAX most recent reports (latest year first, then site order). */
export function getLatest(): Promise<SiteReport[]> {
  latestP ??= getReports().then((rs) =>
    rs
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (b.r.meta.year ?? -1) - (a.r.meta.year ?? -1) || a.i - b.i)
      .slice(0, HOME_LIST_MAX)
      .map((x) => x.r),
  );
  return latestP;
}

/** Page `n` (1-based) of the full report list, and the page count. */
export async function reportsPage(n: number): Promise<{ list: SiteReport[]; pages: number }> {
  const rs = await getReports();
  return { list: rs.slice((n - 1) * REPORTS_PAGE_SIZE, n * REPORTS_PAGE_SIZE), pages: Math.max(1, Math.ceil(rs.length / REPORTS_PAGE_SIZE)) };
}
