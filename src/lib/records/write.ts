// A parsed record → the site record ingest writes (shared by scripts/ingest.ts and its workers, scripts/ingest-worker.ts, so a
// record finished on a worker is the same object, key for key, as one finished on the main thread).
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteReport } from './model.ts';
import { siteReportSchema } from './schema.ts';
import type { ReportRecord } from '../types.ts';
import { writeReportFiles, type DownloadSizes } from './export.ts';
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

/** What writing records leaves: download sizes, and each record file's hash by report id. */
export interface Written {
  sizes: DownloadSizes;
  /** sha1 of the record file (= data.json): the report page's cache key (src/lib/records/summary.ts `hash`). */
  hashes: Record<string, string>;
}

/**
 * Validate a site record and write it: its downloads under <out>/downloads/reports/<id>/ and the
 * record file <out>/reports/<id>.json, which is the validated record as data.json holds it, so it is
 * a hard link to data.json (copied across file systems) instead of a second copy of the text.
 * Adds the files' sizes and the record's hash to `into`.
 */
export function writeReport(site: SiteReport, out: string, into: Written): void {
  const r = siteReportSchema.parse(site);
  const files = writeReportFiles(r, join(out, 'downloads'));
  Object.assign(into.sizes, files.sizes);
  const json = join(out, 'downloads', 'reports', r.id, 'data.json');
  const record = join(out, 'reports', `${r.id}.json`);
  try {
    linkSync(json, record);
  } catch {
    copyFileSync(json, record);
  }
  into.hashes[r.id] = createHash('sha1').update(files.json).digest('hex');
}
