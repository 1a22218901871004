import { describe, expect, it } from 'vitest';
import { qualityRows } from '../../../../src/lib/site/quality.ts';
import { preReport } from './fixture-report.ts';

describe('qualityRows', () => {
  const rows = qualityRows([preReport()], [
    { file: 'bad.pdf', status: 'error', reportId: null, variantOf: null, errors: [{ code: 'not-text', message: 'binary' }] },
    { file: '001.txt', status: 'report', reportId: '430725-2017', variantOf: null, errors: [] },
  ]);
  it('lists failed rules with the arithmetic and a link to the check', () => {
    const f = rows.find((r) => r.kind === 'fail')!;
    expect(f).toMatchObject({ rule: 'pre.org.staff.sum', detail: '11 ≠ 2 + 22', href: '/reports/430725-2017/#chk-1', placeName: '桃源县', year: 2017 });
    expect(f.ruleZh).toBe('从事政府信息公开工作人员数=专职+兼职');
  });
  it('lists conflicts, ambiguous cells, unreadable files and variants', () => {
    expect(rows.map((r) => r.kind)).toEqual(['fail', 'conflict', 'ambiguous', 'unreadable', 'variant']);
    expect(rows.find((r) => r.kind === 'conflict')!.detail).toBe('表格 201，正文 205：以表格为准');
    expect(rows.find((r) => r.kind === 'ambiguous')!.detail).toContain('可能读作 1 或 10');
    expect(rows.find((r) => r.kind === 'unreadable')).toMatchObject({ file: 'bad.pdf', ruleZh: '不是文本文件', detail: 'binary' });
    expect(rows.find((r) => r.kind === 'variant')!.detail).toContain('数值不一致');
  });
  it('lists implausible cells with the printed text', () => {
    const rep = { ...preReport(), gaps: [{ id: 'requests.received', reason: 'implausible' as const, start: 0, end: 20, raw: '99999999999999999999', note: '超出可精确表示的范围：不作为数值发布' }] };
    const r = qualityRows([rep]).find((x) => x.kind === 'implausible')!;
    expect(r).toMatchObject({ rule: 'requests.received', href: '/reports/430725-2017/#gap-0' });
    expect(r.detail).toContain('原文“99999999999999999999”');
  });
  it('skips passing and not-assessable checks', () => {
    expect(rows.some((r) => r.rule === 'r.pass' || r.rule === 'r.na')).toBe(false);
  });
});
