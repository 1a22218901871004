import { describe, expect, it } from 'vitest';
import { checkCountsOf, summarize, withChecks } from '../../../../src/lib/records/summary.ts';
import type { CheckResult, ReportRecord } from '../../../../src/lib/types.ts';
import { failed } from '../../../../src/lib/parse/index.ts';

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
