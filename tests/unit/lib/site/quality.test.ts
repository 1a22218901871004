import { describe, expect, it } from 'vitest';
import { countBy, qualityList, qualityRows } from '../../../../src/lib/site/quality.ts';
import { postReport, preReport } from './fixture-report.ts';

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

describe('qualityList', () => {
  const reports = [postReport({ checks: preReport().checks }), preReport(), preReport({ id: 'b', placeName: '安化县', meta: { ...preReport().meta, year: 2016 } })];
  const entries = [{ file: 'bad.pdf', status: 'error' as const, reportId: null, variantOf: null, errors: [{ code: 'not-text' as const, message: 'binary' }] }, { file: 'x.csv', status: 'skipped' as const, reportId: null, variantOf: null, errors: [], note: '不是报告' }];
  it('gives any slice of the rows in page order, and their counts per kind', () => {
    const list = qualityList(reports, entries);
    const all = list.slice();
    expect(all.map((r) => [r.kind, r.placeName])).toEqual([
      ['fail', '安化县'], ['fail', '平潭综合实验区'], ['fail', '桃源县'], ['conflict', '安化县'], ['conflict', '桃源县'],
      ['ambiguous', '安化县'], ['ambiguous', '桃源县'], ['unreadable', '—'], ['skipped', '—'], ['variant', '安化县'], ['variant', '桃源县'],
    ]);
    expect([list.length, list.slice(2, 4), list.slice(10, 99)]).toEqual([11, all.slice(2, 4), all.slice(10)]);
    expect(list.kinds()).toEqual(countBy(all, (r) => r.kind));
  });
});
