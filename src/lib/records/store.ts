// Reading the records `npm run ingest` writes (<data>/reports/<id>.json) without Astro: the site's
// data layer (src/data/reports.ts) and the download export (scripts/export-data.ts) share this, so
// the whole collection is read and validated once per process instead of going through Astro's
// content store (which serialises every record, report text included, to disk and back).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteReport } from './model.ts';
import { siteReportSchema } from './schema.ts';

/** Site order: place name (zh-CN collation), then year, then id. */
export const byPlaceYear = (a: SiteReport, b: SiteReport) =>
  a.placeName.localeCompare(b.placeName, 'zh-CN') || (a.meta.year ?? 0) - (b.meta.year ?? 0) || (a.id < b.id ? -1 : 1);

/**
 * One record file as ingest wrote it. Ingest validated it with siteReportSchema before writing
 * (src/lib/records/write.ts), so the site reads it without validating it a second time.
 */
export function readWrittenReport(path: string): SiteReport {
  return JSON.parse(readFileSync(path, 'utf8')) as SiteReport;
}

/** One record file, validated with the same schema the content collection used (same key order). */
export function readSiteReport(path: string): SiteReport {
  const parsed = siteReportSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}

export function reportFiles(dataDir: string): string[] {
  return readdirSync(join(dataDir, 'reports'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dataDir, 'reports', f));
}

/**
 * Sort in site order (the order of byPlaceYear), collating each distinct place name once instead of
 * calling localeCompare in every comparison (seconds at 10,000 reports).
 */
export function sortSiteOrder<T extends Pick<SiteReport, 'id' | 'placeName'> & { meta: Pick<SiteReport['meta'], 'year'> }>(reports: T[]): T[] {
  const zh = new Intl.Collator('zh-CN').compare;
  const names = [...new Set(reports.map((r) => r.placeName))].sort(zh);
  const rank = new Map<string, number>();
  names.forEach((n, i) => rank.set(n, i > 0 && zh(names[i - 1]!, n) === 0 ? rank.get(names[i - 1]!)! : i));
  return reports.sort((a, b) => rank.get(a.placeName)! - rank.get(b.placeName)! || (a.meta.year ?? 0) - (b.meta.year ?? 0) || (a.id < b.id ? -1 : 1));
}

/** Every record, in site order; `validate: false` trusts ingest's validation (see readWrittenReport). */
export function readSiteReports(dataDir: string, { validate = true }: { validate?: boolean } = {}): SiteReport[] {
  return sortSiteOrder(reportFiles(dataDir).map(validate ? readSiteReport : readWrittenReport));
}

