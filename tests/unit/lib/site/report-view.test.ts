import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { indicatorHref } from '../../../../src/lib/site/indicator-url.ts';
import { buildReportView, cellTitle, chartHref, type CellView } from '../../../../src/lib/site/report-view.ts';
import { postReport, preReport } from './fixture-report.ts';

const cells = (v: ReturnType<typeof buildReportView>): CellView[] =>
  v.sections.flatMap((s) => s.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c): c is CellView => !!c))));
const cellOf = (v: ReturnType<typeof buildReportView>, id: string) => cells(v).find((c) => c.id === id);

describe('buildReportView — 2014 table', () => {
  const r = preReport();
  const v = buildReportView(r);
  it('renders the whole 2014 form as one list table with section heading rows', () => {
    expect(v.sections[0]!.title).toBe('政府信息公开情况统计表');
    const t = v.sections[0]!.tables[0]!;
    expect(t.shape).toBe('list');
    const headings = t.rows.filter((x) => x.heading && x.depth === 0).map((x) => x.label);
    expect(headings[0]).toBe('一、主动公开情况');
    expect(headings).toContain('八、机构建设和保障经费情况');
    // all 2014 rows are shown, also those without values
    expect(cellOf(v, 'active.total')!.state).toBe('missing');
  });
  it('numbers provenance marks by text position and links values to them', () => {
    expect(v.marks.map((m) => m.id)).toEqual(['src-1', 'src-2', 'src-3', 'src-4', 'src-5']); // 3 values, the prose side of a conflict, a gap
    expect(cellOf(v, 'requests.received')!.src).toBe(1);
    expect(cellOf(v, 'requests.received')!.text).toBe('210');
    expect(cellOf(v, 'requests.received.in_person')!.flags.map((f) => f.short)).toEqual(['约数']);
  });
  it('attaches failed rules to the values they mention', () => {
    const staff = cellOf(v, 'org.staff')!;
    expect(staff.checkState).toBe('fail');
    expect(staff.checks).toEqual([1]);
    expect(v.checkCounts).toEqual({ pass: 1, fail: 1, warn: 0, na: 1, decoding: 0 });
    expect(v.checks[0]!.rule).toBe('pre.org.staff.sum');
    expect(v.checks[0]!.index).toBe(1);
  });
  it('counts rules used for decoding apart from passes and lists them after the unassessable ones', () => {
    const base = preReport();
    const used = { ...base.checks[0]!, rule: 'r.decoding', status: 'USED_FOR_DECODING' as const };
    const dv = buildReportView(preReport({ checks: [base.checks[0]!, used, ...base.checks.slice(1)] }));
    expect(dv.checkCounts).toEqual({ pass: 1, fail: 1, warn: 0, na: 1, decoding: 1 });
    expect(dv.checks.map((c) => c.status)).toEqual(['FAIL', 'NOT_ASSESSABLE', 'USED_FOR_DECODING', 'PASS']);
  });
  it('marks conflicts and links both spans', () => {
    const c = cellOf(v, 'requests.answered.already_public')!;
    expect(c.flags.map((f) => f.short)).toContain('冲突');
    expect(v.conflicts[0]!.otherSrc).not.toBeNull();
    expect(v.marks.find((m) => m.id === `src-${v.conflicts[0]!.otherSrc}`)!.cls).toBe('other');
  });
  it('shows gaps with reason and candidates', () => {
    const g = cellOf(v, 'complaints.total')!;
    expect(g.state).toBe('gap');
    expect(g.text).toBe('—');
    expect(g.gap).toMatchObject({ short: '无法确定', candidates: [1, 10] });
  });
  it('formats 万元 with 2 decimals and exact on hover', () => {
    expect(cellOf(v, 'fees.total')).toMatchObject({ text: '0.12', exact: '0.123456' });
  });
  it('titles a cell with what is not on its marks: exact value, gap reason and readings, 报告未给出', () => {
    expect(cellTitle(cellOf(v, 'fees.total')!)).toMatch(/^精确值 0\.123456/);
    const gap = cellTitle(cellOf(v, 'complaints.total')!)!;
    expect(gap).toContain(cellOf(v, 'complaints.total')!.gap!.long);
    expect(gap).toContain('可能读作 1 或 10');
    expect(cellTitle(cellOf(v, 'active.total')!)).toBe('报告未给出');
  });
  it('leaves a flag mark\'s words (来自正文, 冲突 …) to the mark\'s own title, not the cell\'s', () => {
    expect(cellOf(v, 'requests.received')!.fromProse).toBe(true);
    expect(cellTitle(cellOf(v, 'requests.received')!)).toBeUndefined();
    const conflicted = cellOf(v, 'requests.answered.already_public')!;
    expect(conflicted.flags.length).toBeGreaterThan(0);
    for (const f of conflicted.flags) expect(cellTitle(conflicted) ?? '').not.toContain(f.long);
  });
});

describe('buildReportView — 2021 format', () => {
  const v = buildReportView(postReport());
  it('builds table 3 as the applicants matrix and table 4 as 3 groups × 5 columns', () => {
    const t3 = v.sections.find((s) => s.title.startsWith('三、'))!.tables[0]!;
    expect(t3.shape).toBe('applicants');
    expect(t3.columns.map((c) => c.key)).toEqual(['natural', 'commercial', 'research', 'nonprofit', 'legal', 'other_org', 'org', 'total']);
    expect(t3.unit).toBe('件');
    const rowLabels = t3.rows.map((r) => r.label);
    expect(rowLabels.slice(0, 4)).toEqual(['一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '(一)予以公开']);
    expect(rowLabels).toContain('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    const t4 = v.sections.find((s) => s.title.startsWith('四、'))!.tables[0]!;
    expect(t4.shape).toBe('review');
    expect(t4.columns.map((c) => c.zh)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
    expect(t4.rows.map((r) => r.id)).toEqual(['t4.review', 't4.lit_direct', 't4.lit_after_review', 't4.litigation']);
  });
  it('shows the 小计 column only for a report with a value in it, whatever report of the same form came before', () => {
    const t3cols = (x: ReturnType<typeof buildReportView>) => x.sections.find((s) => s.title.startsWith('三、'))!.tables[0]!.columns.map((c) => c.key);
    const withOrg = () => buildReportView(postReport());
    const withoutOrg = () => buildReportView(postReport({ derived: { 't4.litigation.total': 12 } }));
    expect([withOrg(), withoutOrg(), withOrg()].map((x) => t3cols(x).includes('org'))).toEqual([true, false, true]);
  });
  it('marks derived values 派生', () => {
    const c = cellOf(v, 't4.litigation.total')!;
    expect(c.state).toBe('derived');
    expect(c.flags.map((f) => f.short)).toContain('派生');
  });
  it('builds table 2 per 第二十条 item and lists text values apart', () => {
    const t2 = v.sections.find((s) => s.title.startsWith('二、'))!;
    expect(t2.tables.map((t) => t.caption)).toContain('第二十条第(八)项');
    expect(cellOf(v, 't2.fees.amount')!.text).toBe('24,252.31');
    expect(v.textValues.map((c) => c.id)).toEqual(['text.fees.processing']);
  });
  it('does not show 2019-only rows in a 2021 report', () => {
    expect(cellOf(v, 't2.regulations.new_made')).toBeUndefined();
  });
  it('lists values outside the template under 其他指标', () => {
    const v2 = buildReportView(postReport({ values: { 'requests.received': 5 } }));
    expect(v2.sections.at(-1)!.title).toBe('其他指标');
    expect(cellOf(v2, 'requests.received')!.value).toBe(5);
  });
});

describe('buildReportView — a report whose values all come from its prose', () => {
  const r = preReport({
    meta: { ...preReport().meta, template: 'none', variant: null, kind: 'scorecard' },
    values: { 'requests.received': 210, 'org.staff': 11 },
    derived: {},
    gaps: [],
    conflicts: [],
    checks: [],
  });
  const v = buildReportView(r);
  it('lists exactly its values, each marked 来自正文, instead of the form’s empty tables', () => {
    expect(v.proseOnly).toBe(true);
    expect(v.sections).toHaveLength(1);
    const t = v.sections[0]!.tables[0]!;
    expect(t.rows.map((x) => x.id)).toEqual(['requests.received', 'org.staff']);
    expect(cells(v).every((c) => c.value !== null && c.fromProse && c.src !== null)).toBe(true);
  });
  it('is not prose-only when any printed value comes from a table', () => {
    const mixed = buildReportView(preReport());
    expect(mixed.proseOnly).toBe(false);
    expect(cellOf(mixed, 'requests.received')!.fromProse).toBe(true);
    expect(cellOf(mixed, 'requests.answered.already_public')!.fromProse).toBe(false);
  });
});

describe('buildReportView — empty records', () => {
  it('renders a none-template report with no sections', () => {
    const v = buildReportView(postReport({ meta: { ...postReport().meta, template: 'none', variant: null, kind: 'scorecard' }, values: {}, derived: {}, textValues: {} }));
    expect(v.sections).toEqual([]);
  });
});

describe('chartHref', () => {
  it('links to the indicator chart with highlight', () => {
    expect(chartHref('requests.received', '430725', 2017)).toBe('/indicators/requests.received/?year=2017&highlight=430725');
    expect(chartHref('requests.received', '430725', null)).toBe('/indicators/requests.received/?highlight=430725');
  });
  // it keeps the query of the last place and year: any sequence of calls, places and years changing or not
  const call = fc.record({ id: fc.constantFrom('requests.received', 'active.total', 'x.y'), placeKey: fc.constantFrom('', '430725', '110000', '云南&1'), year: fc.option(fc.integer({ min: 2008, max: 2030 })) });
  test.prop([fc.array(call, { maxLength: 40 })])('equals indicatorHref(id, year, placeKey) on every call', (calls) => {
    for (const c of calls) expect(chartHref(c.id, c.placeKey, c.year)).toBe(indicatorHref(c.id, c.year, c.placeKey));
  });
});
