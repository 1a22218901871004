// What the ingest step writes and the website reads. Pages render these; they never parse.
import type { CheckResult, ReportRecord } from '../types.ts';

export interface SourceInfo {
  source: string;
  format: string;
  /** Path under content/ of the original document (PDF, JS data file), if kept. */
  original: string;
  notes: string;
  /** The original's address (sources.csv `url`, after redirects), when known: the report page links it. */
  url?: string;
  /** The 年报 list page it was listed on (`list_url`). */
  listUrl?: string;
  /** When `npm run collect` fetched it (`fetched_at`, ISO 8601). */
  fetchedAt?: string;
}

export interface SiteReport extends Omit<ReportRecord, 'checks'> {
  /** Stable, readable: place id + year (+ issuer suffix for departments / collisions). */
  id: string;
  placeKey: string;
  placeName: string;
  checks: CheckResult[];
  /** Other files that hold the same report (another extractor's text of the same PDF, a text copy of the HTML). */
  variants: Array<{ file: string; sameValues: boolean; differences: string[] }>;
  sourceInfo: SourceInfo | null;
}

export type IngestStatus = 'report' | 'variant' | 'error' | 'skipped';

export interface IngestEntry {
  file: string;
  status: IngestStatus;
  reportId: string | null;
  variantOf: string | null;
  errors: Array<{ code: string; message: string }>;
  valueCount: number;
  /** Why a file was skipped, or how its variant_of was resolved (cycle, unreadable primary). */
  note?: string;
}

export interface IngestReport {
  generatedAt: string;
  catalogVersion: string;
  files: IngestEntry[];
  durationMs: number;
  /** input files = reports + variants + errors + skipped */
  accounting: { files: number; reports: number; variants: number; errors: number; skipped: number };
  /** Old report ids and the report each now names (content/redirects.csv, chains resolved). */
  redirects: Array<{ from: string; to: string }>;
}
