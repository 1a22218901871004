// A parsed record → the site record ingest writes (shared by scripts/ingest.ts and its workers, scripts/ingest-worker.ts, so a
// record finished on a worker is the same object, key for key, as one finished on the main thread).
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteReport } from './model.ts';
import { siteReportSchema } from './schema.ts';
import type { ReportRecord } from '../types.ts';
import { reportCsv, writeReportBytes, writeReportFiles, type DownloadSizes } from './export.ts';
import { headerUrl, withHeaderUrl, withUrl } from './source-info.ts';
import { siteJson, type RecordJsonLayout } from './site-json.ts';
import { longCsvLinesOf, valueLines, type ColumnSource, type ValueLines } from '../site/downloads.ts';

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
  recordWritten(r.id, writeReportFiles(r, join(out, 'downloads')), out, into);
}

/**
 * What a worker keeps of a record it parsed until it writes the report's files (writeReportFromJson):
 * the layout of the record's JSON in the parse cache, its value lines, the meta the CSV's report
 * cells read and the text's header address — a few KB instead of the record.
 */
export interface RecordKit {
  layout: RecordJsonLayout;
  lines: ValueLines;
  meta: ColumnSource['meta'];
  headerUrl: string | null;
}

/** The kit of a record whose JSON (records/site-json.ts recordJson) the parse cache holds; null when its value lines cannot be kept. */
export function recordKit(validated: ReportRecord, layout: RecordJsonLayout): RecordKit | null {
  const lines = valueLines(validated);
  if (!lines) return null;
  const m = validated.meta;
  return { layout, lines, meta: { level: m.level, province: m.province, prefecture: m.prefecture, year: m.year, template: m.template, variant: m.variant, kind: m.kind }, headerUrl: headerUrl(validated.text) };
}

/**
 * writeReport(siteRecord(record, a), out, into) for a record of which only its JSON bytes (as the
 * parse cache holds them: recordJson) and its kit are at hand: the same files, byte for byte.
 */
export function writeReportFromJson(bytes: Uint8Array, kit: RecordKit, a: SiteAdditions, out: string, into: Written): void {
  const sourceInfo = withUrl(a.sourceInfo, kit.headerUrl);
  const json = siteJson(bytes, kit.layout, { id: a.id, placeKey: a.placeKey, placeName: a.placeName, variants: a.variants, sourceInfo, extraChecks: a.extraChecks });
  const csv = reportCsv(longCsvLinesOf({ id: a.id, placeKey: a.placeKey, placeName: a.placeName, meta: kit.meta }, kit.lines, sourceInfo?.url ?? ''));
  recordWritten(a.id, writeReportBytes(a.id, join(out, 'downloads'), csv, json), out, into);
}

/** The record file is a hard link to data.json (copied across file systems); sizes and hash into `into`. */
function recordWritten(id: string, files: { sizes: DownloadSizes; json: Buffer }, out: string, into: Written): void {
  Object.assign(into.sizes, files.sizes);
  const json = join(out, 'downloads', 'reports', id, 'data.json');
  const record = join(out, 'reports', `${id}.json`);
  try {
    linkSync(json, record);
  } catch {
    copyFileSync(json, record);
  }
  into.hashes[id] = createHash('sha1').update(files.json).digest('hex');
}
