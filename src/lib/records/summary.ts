// A report's light summary: what the pages that list, chart or compare many reports read (lists,
// indicator, place, compare, quality pages). Ingest writes one per report, in site order, to
// <data>/summaries.ndjson; the site holds every summary but reads a report's full record (text,
// spans, every check) only to render that report's own page. Ingest's main thread works on
// summaries too (its workers send them back instead of full records).
import type { CheckResult, Gap, Meta, Provenance, ReportRecord } from '../types.ts';
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

/**
 * A failed check with its position in the record's checks (the report page anchor #chk-<index>),
 * without the expression and operands' sides (the report page reads them from the record).
 */
export type FailedCheck = SummaryCheck & { index: number };
/** What a summary keeps of a check (readers of summaries and records alike can take this). */
export type SummaryCheck = Omit<CheckResult, 'expression' | 'lhs' | 'rhs'>;
/** The record's meta without `sources` (where each field was read: the report page's business). */
export type SummaryMeta = Omit<Meta, 'sources'>;

/**
 * Of a value's provenance, what pages about many reports read: no spans, labels or boxes. A value
 * printed in a table without flags (source table, no flags: the common case) has NO entry; readers
 * take a missing entry as that.
 */
export type LightProvenance = Pick<Provenance, 'source' | 'flags' | 'from'>;

/** Of a gap, what /quality/, the indicator and compare pages read: the printed run, readings and note only for ambiguous and implausible cells (the ones /quality/ lists). */
export type LightGap = Pick<Gap, 'id' | 'reason' | 'raw' | 'candidates' | 'note'>;

type Heavy = 'text' | 'chrome' | 'provenance' | 'checks' | 'notes' | 'encoding' | 'gaps' | 'meta';

/** A parsed record without its text and spans: failed checks only, with every check counted. */
export type RecordSummary = Omit<ReportRecord, Heavy> & {
  meta: SummaryMeta;
  provenance: Record<string, LightProvenance>;
  gaps: LightGap[];
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

function count(counts: CheckCounts, c: CheckResult | SummaryCheck): void {
  if (c.status === 'PASS') counts.pass++;
  else if (c.status === 'NOT_ASSESSABLE') counts.na++;
  else if (c.status === 'USED_FOR_DECODING') counts.decoding++;
  else if (c.severity === 'error') counts.fail++;
  else counts.warn++;
}

/** Check counts of a summary, or counted from a full record's checks. */
export function checkCountsOf(r: { checks: readonly (CheckResult | SummaryCheck)[]; checkCounts?: CheckCounts }): CheckCounts {
  if (r.checkCounts) return r.checkCounts;
  const counts = NO_CHECKS();
  for (const c of r.checks) count(counts, c);
  return counts;
}

function failedCheck(c: CheckResult, index: number): FailedCheck {
  const { expression: _e, lhs: _l, rhs: _r, ...rest } = c;
  return { ...rest, index };
}

/** `checks` appended to a summary (ingest's cross-year checks), numbered after the record's own. */
export function withChecks<T extends RecordSummary>(s: T, checks: readonly CheckResult[]): T {
  if (checks.length === 0) return s;
  const counts = { ...s.checkCounts };
  const failed = [...s.checks];
  checks.forEach((c, i) => {
    count(counts, c);
    if (c.status === 'FAIL') failed.push(failedCheck(c, s.checkTotal + i));
  });
  return { ...s, checks: failed, checkCounts: counts, checkTotal: s.checkTotal + checks.length };
}

/** True for the provenance a summary leaves out: a table value without flags. */
const isDefault = (p: LightProvenance) => p.source === 'table' && p.flags.length === 0 && !p.from;

export function lightGap(g: Gap | LightGap): LightGap {
  if (g.reason !== 'ambiguous' && g.reason !== 'implausible') return { id: g.id, reason: g.reason };
  const out: LightGap = { id: g.id, reason: g.reason };
  if (g.raw !== undefined) out.raw = g.raw;
  if (g.candidates !== undefined) out.candidates = g.candidates;
  if (g.note !== undefined) out.note = g.note;
  return out;
}

export function summarize(r: SiteReport): ReportSummary;
export function summarize(r: ReportRecord): RecordSummary;
export function summarize(r: ReportRecord | SiteReport): RecordSummary | ReportSummary {
  const { text: _text, chrome: _chrome, provenance, checks, notes: _notes, encoding: _encoding, gaps, meta, ...rest } = r as SiteReport;
  const { sources: _sources, ...lightMeta } = meta;
  const light: Record<string, LightProvenance> = {};
  for (const [id, p] of Object.entries(provenance)) {
    const lp: LightProvenance = p.from ? { source: p.source, flags: p.flags, from: p.from } : { source: p.source, flags: p.flags };
    if (!isDefault(lp)) light[id] = lp;
  }
  const counts = NO_CHECKS();
  const failed: FailedCheck[] = [];
  checks.forEach((c, index) => {
    count(counts, c);
    if (c.status === 'FAIL') failed.push(failedCheck(c, index));
  });
  if ('sourceInfo' in rest) delete (rest as Partial<SiteReport>).sourceInfo;
  return { ...rest, meta: lightMeta, provenance: light, gaps: gaps.map(lightGap), checks: failed, checkCounts: counts, checkTotal: checks.length };
}

// The file ingest writes them to, and its compact encoding.
export { readSummaries, SUMMARIES_FILE, writeSummaries } from './summary-file.ts';
