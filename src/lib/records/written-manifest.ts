// What the last ingest wrote into its data folder, so that the next one rewrites only what changed:
// a report's record file and downloads (data.json, data.csv, the original) when its parse-cache key
// or what ingest added to it (id, place, variants, source, cross-year checks) changed, and the
// downloads about all reports (/data/*: long, wide and indicator CSVs, reports.json, the XLSX) when
// any report's record hash or source address changed. Everything is redone when the writing code
// (`writer`: parser version + ingest and download code) changed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DownloadSizes } from './export.ts';

export interface WrittenReport {
  /** reportKey() of what was written. */
  key: string;
  /** sha1 of the record file (summary.hash). */
  hash: string;
  sizes: DownloadSizes;
}

export interface WrittenManifest {
  writer: string;
  reports: Record<string, WrittenReport>;
  /** combinedKey() of the /data/ files, their sizes and the row keys of the indicator CSVs (export.ts CombinedOptions). */
  combined: { key: string; sizes: DownloadSizes; indicatorKeys?: Record<string, string> } | null;
}

const FILE = 'written.json';

/** The manifest in `dir`, or null when there is none, it is unreadable or was written by other code. */
export function readManifest(dir: string, writer: string): WrittenManifest | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as WrittenManifest;
    return m.writer === writer && m.reports && typeof m.reports === 'object' ? m : null;
  } catch {
    return null;
  }
}

export function writeManifest(dir: string, m: WrittenManifest): void {
  writeFileSync(join(dir, FILE), JSON.stringify(m));
}

/** A report's files depend on its parsed record (the parse-cache key) and on what ingest adds to it. */
export function reportKey(parseKey: string | null, additions: unknown): string | null {
  if (parseKey === null) return null;
  return createHash('sha1').update(parseKey).update('\0').update(JSON.stringify(additions)).digest('hex');
}

/**
 * The /data/ files depend on every report, in site order: its reportKey (which fixes its record,
 * cross-year checks included) and its source address (sources.csv).
 */
export function combinedKey(reports: Iterable<{ id: string; key: string | null; url?: string | null }>): string {
  const h = createHash('sha1');
  for (const r of reports) h.update(`${r.id}\0${r.key ?? Math.random()}\0${r.url ?? ''}\n`);
  return h.digest('hex');
}
