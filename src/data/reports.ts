// Memoised build-time access to the reports and the `ingest` collection (shared by all pages).
// Pages about many reports read the light summaries ingest writes (<data>/summaries.ndjson, site
// order; src/lib/records/summary.ts), once per build; a report's full record (text, spans, every
// check) is read from its file only while its own page renders (getRecord), so the build never
// holds every report's text. Plain scripts (scripts/data-files.ts) load this module too: the
// `astro:content` module exists only inside Astro, so getIngest imports it when called.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestEntry, SiteReport } from '../lib/records/model.ts';
import { decodeUtf8 } from '../lib/site/utf8.ts';
import { readSummaries, type ReportSummary } from '../lib/records/summary.ts';
import { groupPlaces, reportsByPlace, type PlaceSummary } from '../lib/site/place-view.ts';

let reportsP: Promise<ReportSummary[]> | null = null;
let ingestP: Promise<IngestEntry[]> | null = null;
let indexP: Promise<ReportIndex> | null = null;

const DATA = process.env.NIANBAO_DATA ?? './.nianbao/data';

/** Every report's summary, sorted by place name then year (ingest wrote them in that order). */
export function getReports(): Promise<ReportSummary[]> {
  reportsP ??= Promise.resolve().then(() => readSummaries(DATA));
  return reportsP;
}

/**
 * One report's full record (ingest validated it before writing it: no second validation here), as
 * records/store.ts readWrittenReport reads it but with the faster UTF-8 decoding of site/utf8.ts
 * (decoding was half the cost of reading a record, and a report page reads one).
 */
export function getRecord(id: string): SiteReport {
  return JSON.parse(decodeUtf8(readFileSync(join(DATA, 'reports', `${id}.json`)))) as SiteReport;
}

/** Every file ingest saw (reports, variants, errors). */
export function getIngest(): Promise<IngestEntry[]> {
  ingestP ??= import('astro:content').then(({ getCollection }) => getCollection('ingest')).then((es) => es.map((e): IngestEntry => e.data));
  return ingestP;
}

export interface ReportIndex {
  reports: ReportSummary[];
  byId: Map<string, ReportSummary>;
  byPlace: Map<string, ReportSummary[]>;
  places: PlaceSummary[];
  placeByKey: Map<string, PlaceSummary>;
  /** The same place's report of the year before (for key figures). */
  previous(r: Pick<ReportSummary, 'placeKey' | 'meta'>): ReportSummary | null;
}

export function getIndex(): Promise<ReportIndex> {
  indexP ??= getReports().then((reports) => {
    const byId = new Map(reports.map((r) => [r.id, r]));
    const byPlace = reportsByPlace(reports);
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

let latestP: Promise<ReportSummary[]> | null = null;
/** The HOME_LIST_MAX most recent reports (latest year first, then site order). */
export function getLatest(): Promise<ReportSummary[]> {
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
export async function reportsPage(n: number): Promise<{ list: ReportSummary[]; pages: number }> {
  const rs = await getReports();
  return { list: rs.slice((n - 1) * REPORTS_PAGE_SIZE, n * REPORTS_PAGE_SIZE), pages: Math.max(1, Math.ceil(rs.length / REPORTS_PAGE_SIZE)) };
}
