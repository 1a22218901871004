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

/** One record file, validated with the same schema the content collection used (same key order). */
export function readSiteReport(path: string): SiteReport {
  const parsed = siteReportSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data as SiteReport;
}

export function reportFiles(dataDir: string): string[] {
  return readdirSync(join(dataDir, 'reports'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dataDir, 'reports', f));
}

/** Every record, validated, in site order. */
export function readSiteReports(dataDir: string): SiteReport[] {
  return reportFiles(dataDir).map(readSiteReport).sort(byPlaceYear);
}

/**
 * What the `reports` content collection keeps of a record (the chart and compare pages read it):
 * everything but the report text, rule results and variants, with provenance reduced to flags.
 */
export function reportSummary(r: SiteReport) {
  const provenance: Record<string, { flags: string[] }> = {};
  for (const [id, p] of Object.entries(r.provenance)) provenance[id] = { flags: p.flags };
  return {
    id: r.id,
    file: r.file,
    placeKey: r.placeKey,
    placeName: r.placeName,
    meta: r.meta,
    values: r.values,
    textValues: r.textValues,
    derived: r.derived,
    provenance,
    gaps: r.gaps,
    conflicts: r.conflicts,
    errors: r.errors,
  };
}
