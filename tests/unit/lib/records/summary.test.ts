// Report summaries: what the pages about many reports read, without the text, spans or passing checks.
import { describe, expect, it } from 'vitest';
import { checkCountsOf, summarize, withChecks } from '../../../../src/lib/records/summary.ts';
import type { CheckResult, ReportRecord } from '../../../../src/lib/types.ts';
import { failed } from '../../../../src/lib/parse/index.ts';
import { postReport, preReport } from '../site/fixture-report.ts';

describe('report summaries', () => {
  it('drop the text, chrome, notes, encoding, source info and the spans of provenance', () => {
    const s = summarize(preReport({ chrome: [{ start: 0, end: 2 }] }));
    expect(['text', 'chrome', 'notes', 'encoding', 'sourceInfo'].filter((k) => k in s)).toEqual([]);
    expect(s.provenance['requests.received.in_person']).toEqual({ source: 'prose', flags: ['approximate'] });
    expect([s.id, s.placeKey, s.values['requests.received'], s.variants.length]).toEqual(['430725-2017', '430725', 210, 1]);
  });

  it('keep only failed checks, each with its position in the record, and count every check', () => {
    const s = summarize(preReport());
    expect(s.checks.map((c) => [c.rule, c.index])).toEqual([['pre.org.staff.sum', 1]]);
    expect([s.checkCounts, s.checkTotal]).toEqual([{ pass: 1, fail: 1, warn: 0, na: 1, decoding: 0 }, 3]);
  });

  it('count a full record and its summary alike', () => {
    expect(checkCountsOf(preReport())).toEqual(summarize(preReport()).checkCounts);
  });

  it('number appended checks after the record’s own', () => {
    const fail = { ...preReport().checks[1]!, rule: 'xyear', severity: 'warning' as const };
    const pass = { ...preReport().checks[0]!, rule: 'xyear.pass' };
    const s = withChecks(summarize(preReport()), [pass, fail]);
    expect(s.checks.map((c) => [c.rule, c.index])).toEqual([['pre.org.staff.sum', 1], ['xyear', 4]]);
    expect([s.checkCounts, s.checkTotal]).toEqual([{ pass: 2, fail: 1, warn: 1, na: 1, decoding: 0 }, 5]);
  });

  it('leave out table values without flags, meta sources, failed checks’ expressions and the spans of gaps', () => {
    const r = preReport({
      meta: { ...preReport().meta, sources: { year: { how: 'text', start: 0, end: 4, note: 'title' } } },
      provenance: { ...preReport().provenance, 'org.staff.full_time': { start: 0, end: 1, source: 'table', label: '专职', raw: '2', flags: [] } },
      gaps: [...preReport().gaps, { id: 'fees.total', reason: 'blank', start: 3, end: 4, raw: '', note: '空白' }],
    });
    const s = summarize(r);
    expect(['org.staff.full_time' in s.provenance, 'sources' in s.meta, 'expression' in s.checks[0]!]).toEqual([false, false, false]);
    expect(s.gaps).toEqual([{ id: 'complaints.total', reason: 'ambiguous', candidates: [1, 10], raw: '110' }, { id: 'fees.total', reason: 'blank' }]);
  });
});

const check = (status: CheckResult['status'], severity: CheckResult['severity'] = 'error'): CheckResult => ({
  rule: `r.${status}.${severity}`, severity, status, expression: '', zh: '', values: {}, lhs: null, rhs: null, detail: '',
});
const record = (checks: CheckResult[]): ReportRecord => ({ ...failed('x.txt', { code: 'empty', message: '' }), errors: [], checks });

describe('check counts', () => {
  it('counts each status apart: a rule used for decoding is neither a pass nor a failure', () => {
    const checks = [check('PASS'), check('FAIL'), check('FAIL', 'warning'), check('NOT_ASSESSABLE'), check('USED_FOR_DECODING')];
    expect(checkCountsOf({ checks })).toEqual({ pass: 1, fail: 1, warn: 1, na: 1, decoding: 1 });
  });
  it('a summary keeps only the failed checks, with their positions, and counts every check', () => {
    const s = summarize(record([check('USED_FOR_DECODING'), check('FAIL')]));
    expect(s.checkCounts).toEqual({ pass: 0, fail: 1, warn: 0, na: 0, decoding: 1 });
    expect(s.checks.map((c) => c.index)).toEqual([1]);
  });
  it('appended cross-year checks are counted and numbered after the record’s own', () => {
    const s = withChecks(summarize(record([check('PASS')])), [check('FAIL', 'warning')]);
    expect(s.checkCounts).toEqual({ pass: 1, fail: 0, warn: 1, na: 0, decoding: 0 });
    expect(s.checks.map((c) => c.index)).toEqual([1]);
  });
});
