// A report's light summary: what the pages that list, chart or compare many reports read (lists,
// indicator, place, compare, quality pages). Ingest writes one per report, in site order, to
// <data>/summaries.ndjson; the site holds every summary but reads a report's full record (text,
// spans, every check) only to render that report's own page. Ingest's main thread works on
// summaries too (its workers send them back instead of full records).
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckResult, Provenance, ReportRecord } from '../types.ts';
import type { SiteReport } from './model.ts';

export interface CheckCounts {
  pass: number;
  /** FAIL with severity error */
  fail: number;
  /** FAIL with severity warning */
  warn: number;
  na: number;
  /** USED_FOR_DECODING: rules a fused-digit decoder chose readings by (they checked nothing) */
  decoding: number;
}

/** A failed check with its position in the record's checks (the report page anchor #chk-<index>). */
export type FailedCheck = CheckResult & { index: number };

/** Of a value's provenance, what pages about many reports read: no spans, labels or boxes. */
export type LightProvenance = Pick<Provenance, 'source' | 'flags' | 'from'>;

type Heavy = 'text' | 'chrome' | 'provenance' | 'checks' | 'notes' | 'encoding';

/** A parsed record without its text and spans: failed checks only, with every check counted. */
export type RecordSummary = Omit<ReportRecord, Heavy> & {
  provenance: Record<string, LightProvenance>;
  checks: FailedCheck[];
  checkCounts: CheckCounts;
  /** Number of checks of the record (the next check's index). */
  checkTotal: number;
};

/** A site report's summary (what src/data/reports.ts hands the pages). */
export type ReportSummary = RecordSummary &
  Pick<SiteReport, 'id' | 'placeKey' | 'placeName' | 'variants'> & {
    /** sha1 of the record file ingest wrote (src/lib/records/write.ts): changes whenever the report page's own data does. */
    hash?: string;
  };

const NO_CHECKS = (): CheckCounts => ({ pass: 0, fail: 0, warn: 0, na: 0, decoding: 0 });

function count(counts: CheckCounts, c: CheckResult): void {
  if (c.status === 'PASS') counts.pass++;
  else if (c.status === 'NOT_ASSESSABLE') counts.na++;
  else if (c.status === 'USED_FOR_DECODING') counts.decoding++;
  else if (c.severity === 'error') counts.fail++;
  else counts.warn++;
}

/** Check counts of a summary, or counted from a full record's checks. */
export function checkCountsOf(r: { checks: readonly CheckResult[]; checkCounts?: CheckCounts }): CheckCounts {
  if (r.checkCounts) return r.checkCounts;
  const counts = NO_CHECKS();
  for (const c of r.checks) count(counts, c);
  return counts;
}

/** `checks` appended to a summary (ingest's cross-year checks), numbered after the record's own. */
export function withChecks<T extends RecordSummary>(s: T, checks: readonly CheckResult[]): T {
  if (checks.length === 0) return s;
  const counts = { ...s.checkCounts };
  const failed = [...s.checks];
  checks.forEach((c, i) => {
    count(counts, c);
    if (c.status === 'FAIL') failed.push({ ...c, index: s.checkTotal + i });
  });
  return { ...s, checks: failed, checkCounts: counts, checkTotal: s.checkTotal + checks.length };
}

export function summarize(r: SiteReport): ReportSummary;
export function summarize(r: ReportRecord): RecordSummary;
export function summarize(r: ReportRecord | SiteReport): RecordSummary | ReportSummary {
  const { text: _text, chrome: _chrome, provenance, checks, notes: _notes, encoding: _encoding, ...rest } = r as SiteReport;
  const light: Record<string, LightProvenance> = {};
  for (const [id, p] of Object.entries(provenance)) light[id] = p.from ? { source: p.source, flags: p.flags, from: p.from } : { source: p.source, flags: p.flags };
  const counts = NO_CHECKS();
  const failed: FailedCheck[] = [];
  checks.forEach((c, index) => {
    count(counts, c);
    if (c.status === 'FAIL') failed.push({ ...c, index });
  });
  if ('sourceInfo' in rest) delete (rest as Partial<SiteReport>).sourceInfo;
  return { ...rest, provenance: light, checks: failed, checkCounts: counts, checkTotal: checks.length };
}

export const SUMMARIES_FILE = 'summaries.ndjson';

/** Write the summaries (site order), one JSON line each, in chunks. */
export function writeSummaries(dataDir: string, summaries: Iterable<ReportSummary>): void {
  const fd = openSync(join(dataDir, SUMMARIES_FILE), 'w');
  let buf: string[] = [];
  let len = 0;
  const flush = () => {
    writeSync(fd, buf.join(''));
    buf = [];
    len = 0;
  };
  for (const s of summaries) {
    const line = JSON.stringify(s) + '\n';
    buf.push(line);
    len += line.length;
    if (len > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
}

/**
 * Every summary, in the order written. The file is split on line ends as bytes and each line decoded
 * alone: at 100,000 reports it is larger than the longest string V8 holds.
 */
export function readSummaries(dataDir: string): ReportSummary[] {
  const buf = readFileSync(join(dataDir, SUMMARIES_FILE));
  const out: ReportSummary[] = [];
  let at = 0;
  while (at < buf.length) {
    let end = buf.indexOf(10, at);
    if (end < 0) end = buf.length;
    if (end > at) out.push(JSON.parse(buf.toString('utf8', at, end)) as ReportSummary);
    at = end + 1;
  }
  return out;
}
