// What the ingest step writes and the website reads. Pages render these; they never parse.
import type { z } from 'zod';
import type { ingestFileSchema, ingestStatusSchema, siteReportSchema, sourceInfoSchema } from './schema.ts';

// The types are inferred from the zod schemas of ./schema.ts (documentation lives there).
export type SourceInfo = z.infer<typeof sourceInfoSchema>;
export type SiteReport = z.infer<typeof siteReportSchema>;
export type IngestStatus = z.infer<typeof ingestStatusSchema>;
export type IngestEntry = z.infer<typeof ingestFileSchema>;

export interface IngestReport {
  generatedAt: string;
  catalogVersion: string;
  files: IngestEntry[];
  /** Parsing, ids, variants and cross-year checks (ms). */
  durationMs: number;
  /** Writing the records and download files (ms). */
  downloadsMs?: number;
  /** CPU time (ms) of each thread: [until every file was parsed, writing the files]; main = this thread, workers = the parsing threads. */
  cpuMs?: { main: [number, number]; workers: Array<[number, number]> };
  /** input files = reports + variants + errors + skipped */
  accounting: { files: number; reports: number; variants: number; errors: number; skipped: number };
  /** Old report ids and the report each now names (content/redirects.csv, chains resolved). */
  redirects: Array<{ from: string; to: string }>;
}
