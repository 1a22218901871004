// Build-time data for /quality/ and its pages: every quality row (failed rules, conflicts, ambiguous
// and implausible cells, unreadable and skipped files, variants), counted once per build.
import { getIndex, getIngest } from '../../data/reports.ts';
import { countBy, qualityRows, type QualityKind, type QualityRow } from '../../lib/site/quality.ts';

let cache: Promise<{ rows: QualityRow[]; kinds: Array<[QualityKind, number]>; total: number; withFail: number }> | null = null;

export function loadQuality() {
  cache ??= Promise.all([getIndex(), getIngest()]).then(([{ reports }, entries]) => {
    const rows = qualityRows(reports, entries);
    return {
      rows,
      kinds: countBy(rows, (r) => r.kind) as Array<[QualityKind, number]>,
      total: reports.length,
      withFail: reports.filter((r) => r.checkCounts.fail > 0).length,
    };
  });
  return cache;
}
