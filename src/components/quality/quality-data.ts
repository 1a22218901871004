// Build-time data for /quality/ and its pages: every quality row (failed rules, conflicts, ambiguous
// and implausible cells, unreadable and skipped files, variants), counted once per build.
import { getIndex, getIngest } from '../../data/reports.ts';
import { qualityList, type QualityKind, type QualityList } from '../../lib/site/quality.ts';

let cache: Promise<{ rows: QualityList; kinds: Array<[QualityKind, number]>; total: number; withFail: number }> | null = null;

/** The quality rows (made a page at a time: rows.slice), their counts per kind, the reports and those failing an error rule. */
export function loadQuality() {
  cache ??= Promise.all([getIndex(), getIngest()]).then(([{ reports }, entries]) => {
    const rows = qualityList(reports, entries);
    return {
      rows,
      kinds: rows.kinds(),
      total: reports.length,
      withFail: reports.filter((r) => r.checkCounts.fail > 0).length,
    };
  });
  return cache;
}
