// A parsed record → the site record ingest writes (shared by scripts/ingest.ts and its workers, scripts/ingest-worker.ts, so a
// record finished on a worker is the same object, key for key, as one finished on the main thread).
import { copyFileSync, linkSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteReport } from './model.ts';
import { siteReportSchema } from './schema.ts';
import type { ReportRecord } from '../types.ts';
import { exportReportFiles, type DownloadSizes } from './export.ts';
import { withHeaderUrl } from './source-info.ts';

/** What the main thread adds to a parsed record once every file is parsed. */
export interface SiteAdditions {
  id: string;
  placeKey: string;
  placeName: string;
  variants: SiteReport['variants'];
  sourceInfo: SiteReport['sourceInfo'];
  /** Cross-year checks, appended to the record's own. */
  extraChecks: SiteReport['checks'];
}

export function siteRecord(r: ReportRecord, a: SiteAdditions): SiteReport {
  // A url sources.csv lacks comes from the text's archive header (only the full record has the text).
  const site: SiteReport = { ...r, id: a.id, placeKey: a.placeKey, placeName: a.placeName, variants: a.variants, sourceInfo: withHeaderUrl(a.sourceInfo, r.text) };
  site.checks = [...site.checks, ...a.extraChecks];
  return site;
}

/**
 * Validate a site record and write it: its downloads under <out>/downloads/reports/<id>/ and the
 * record file <out>/reports/<id>.json, which is the validated record as data.json holds it, so it is
 * a hard link to data.json (copied across file systems) instead of a second copy of the text.
 */
export function writeReport(site: SiteReport, out: string): DownloadSizes {
  const r = siteReportSchema.parse(site);
  const sizes = exportReportFiles(r, join(out, 'downloads'));
  const json = join(out, 'downloads', 'reports', r.id, 'data.json');
  const record = join(out, 'reports', `${r.id}.json`);
  try {
    linkSync(json, record);
  } catch {
    copyFileSync(json, record);
  }
  return sizes;
}
