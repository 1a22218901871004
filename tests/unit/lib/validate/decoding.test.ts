import { describe, expect, it } from 'vitest';
import { markUsedForDecoding } from '../../../../src/lib/validate/decoding.ts';
import type { CheckResult, Provenance } from '../../../../src/lib/types.ts';

const check = (status: CheckResult['status']): CheckResult => ({
  rule: 't4.row_sum.review', severity: 'error', status, expression: '', zh: '', values: { 't4.review.total': 3, 't4.review.upheld': 3 }, lhs: 3, rhs: 3, detail: '3 = 3',
});
const prov = (decodedWith?: string[]): Record<string, Provenance> => ({
  't4.review.total': { source: 'table', start: 0, end: 1, label: '', raw: '3', flags: ['decoded'], ...(decodedWith ? { decodedWith } : {}) },
});

describe('markUsedForDecoding', () => {
  it('turns a PASS into USED_FOR_DECODING when the rule decoded one of its values', () => {
    expect(markUsedForDecoding([check('PASS')], prov(['t4.row_sum.review']))[0]!.status).toBe('USED_FOR_DECODING');
  });
  it('keeps PASS when the values were decoded by other rules or printed', () => {
    expect(markUsedForDecoding([check('PASS')], prov(['t4.row_sum.lit_direct']))[0]!.status).toBe('PASS');
    expect(markUsedForDecoding([check('PASS')], prov())[0]!.status).toBe('PASS');
  });
  it('never hides a FAIL', () => {
    expect(markUsedForDecoding([check('FAIL')], prov(['t4.row_sum.review']))[0]!.status).toBe('FAIL');
  });
});
