import { describe, expect, it } from 'vitest';
import {
  defaultState, fromWire, indicatorFacts, indicatorRows, indicatorTable, resolveState, resolveStateFromFacts, selectRows, sortRows, summarize, toWire,
  valueCounts, yearRows,
  type IndicatorRow, type ReportLike,
} from '../../../../src/lib/site/indicator-state.ts';

function rep(id: string, key: string, name: string, year: number | null, level: string, province: string, values: Record<string, number>, extra: Partial<ReportLike> = {}): ReportLike {
  return {
    id, placeKey: key, placeName: name, meta: { year, level, province },
    values, derived: {}, textValues: {}, provenance: {}, gaps: [], ...extra,
  };
}

const reports: ReportLike[] = [
  rep('430725-2017', '430725', '桃源县', 2017, 'county', '湖南省', { 'requests.received': 210 }),
  rep('530802-2017', '530802', '思茅区', 2017, 'county', '云南省', { 'requests.received': 12 }, { provenance: { 'requests.received': { flags: ['approximate'] } } }),
  rep('652702-2017', '652702', '阿拉山口市', 2017, 'county', '新疆维吾尔自治区', { 'requests.received': 50 }),
  rep('kunming-etdz-2017', 'kunming-etdz', '昆明经济技术开发区', 2017, 'development-zone', '云南省', {}, { gaps: [{ id: 'requests.received', reason: 'ambiguous' }] }),
  rep('652702-2016', '652702', '阿拉山口市', 2016, 'county', '新疆维吾尔自治区', { 'requests.received': 40 }),
  rep('undated', 'x', '某地', null, 'county', '湖南省', { 'requests.received': 999 }),
  rep('371300-2016', '371300', '临沂市', 2016, 'prefecture', '山东省', {}, { derived: { 'requests.received': 7 } }),
];
const rows = indicatorRows(reports, 'requests.received');

describe('indicatorTable', () => {
  it('gives every id the same rows as indicatorRows', () => {
    const more = [
      ...reports,
      rep('a-2019', 'a', '甲', 2019, 'county', '湖南省', { x: 1 }, { textValues: { t: 2 }, derived: { x: 5, d: 3 }, provenance: { d: { flags: ['approximate'] } }, gaps: [{ id: 'g', reason: 'blank' }, { id: 'g', reason: 'dash' }, { id: 'x', reason: 'dash' }] }),
    ];
    const table = indicatorTable(more);
    for (const id of ['requests.received', 'x', 't', 'd', 'g', 'none']) expect(table.get(id) ?? []).toEqual(indicatorRows(more, id));
  });
});

describe('indicatorRows', () => {
  it('takes printed, then derived values, keeps gaps, skips undated reports', () => {
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.placeKey === '371300')).toMatchObject({ value: 7, flags: ['derived'] });
    expect(rows.find((r) => r.placeKey === 'kunming-etdz')).toMatchObject({ value: null, gap: 'ambiguous' });
    expect(rows.find((r) => r.placeKey === '530802')!.flags).toEqual(['approximate']);
    expect(rows.some((r) => r.reportId === 'undated')).toBe(false);
  });
  it('round-trips through the compact wire format (places once, usual report ids left out)', () => {
    expect(fromWire(toWire(rows))).toEqual(rows);
    const odd: IndicatorRow[] = [{ reportId: '430725-2017-other-file', placeKey: '430725', name: '桃源县', level: 'county', province: '湖南省', year: 2017, value: 1, flags: [] }, { ...rows[0]! }];
    expect(fromWire(toWire(odd))).toEqual(odd);
    const w = toWire(rows);
    expect(w.p).toHaveLength(new Set(rows.map((r) => r.placeKey)).size);
    expect(w.r.find((t) => w.p[t[0] as number]![0] === '430725')).toEqual([w.p.findIndex((p) => p[0] === '430725'), 2017, 210]);
  });
  it('counts reports with a value (derived included, gaps not)', () => {
    const c = valueCounts(reports);
    expect(c.get('requests.received')).toBe(6);
  });
});

describe('one year per page', () => {
  it('describes every year without their rows: years with places reporting a value, levels, provinces, places, default year', () => {
    const facts = indicatorFacts(rows);
    expect({ ...facts, keys: [...facts.keys!].sort() }).toEqual({
      years: [[2017, 3], [2016, 2]],
      levels: ['prefecture', 'county', 'development-zone'],
      provinces: [...new Set(rows.map((r) => r.province))].sort((a, b) => a.localeCompare(b, 'zh-CN')),
      keys: ['371300', '430725', '530802', '652702', 'kunming-etdz'],
      defaultYear: 2017,
    });
  });
  it('resolves a query against the facts exactly as against all rows, for any query', () => {
    const facts = indicatorFacts(rows);
    for (const q of [{}, { year: '2016', highlight: '371300' }, { year: '2019' }, { province: '山东省', level: 'prefecture' }, { highlight: 'nowhere', year: 'x' }]) {
      expect(resolveStateFromFacts(q, facts)).toEqual(resolveState(q, rows));
    }
  });
  it('without the place keys (what a page carries) keeps a highlight for the island to check, and resolves the rest the same', () => {
    const { keys: _keys, ...facts } = indicatorFacts(rows);
    expect(resolveStateFromFacts({ year: '2016', highlight: 'nowhere', level: 'x' }, facts)).toEqual({
      state: { year: 2016, level: null, province: null, highlight: 'nowhere' },
      notices: [{ field: 'level', message: '层级“x”无效，已显示全部层级。' }],
    });
  });
  it('splits rows by year, and the default year rows alone give the default view', () => {
    expect(yearRows(rows, 2016).map((r) => r.reportId).sort()).toEqual(['371300-2016', '652702-2016']);
    const def = defaultState(rows);
    expect(selectRows(yearRows(rows, def.year), def)).toEqual(selectRows(rows, def));
  });
});

describe('state', () => {
  it('defaults to the year with the most values', () => {
    expect(defaultState(rows)).toEqual({ year: 2017, level: null, province: null, highlight: null });
    const later = indicatorRows([...reports, rep('430725-2018', '430725', '桃源县', 2018, 'county', '湖南省', { 'requests.received': 5 })], 'requests.received');
    expect(defaultState(later).year).toBe(2017);
  });
  it('takes the latest of equally full years', () => {
    const tie = indicatorRows([rep('a-2016', 'a', '甲', 2016, 'county', '湖南省', { x: 1 }), rep('a-2018', 'a', '甲', 2018, 'county', '湖南省', { x: 2 })], 'x');
    expect(defaultState(tie).year).toBe(2018);
  });
  it('accepts valid values', () => {
    const { state, notices } = resolveState({ year: '2016', level: 'county', province: '新疆维吾尔自治区', highlight: '652702' }, rows);
    expect(state).toEqual({ year: 2016, level: 'county', province: '新疆维吾尔自治区', highlight: '652702' });
    expect(notices).toEqual([]);
  });
  it('falls back to defaults for invalid values and says so', () => {
    const { state, notices } = resolveState({ year: 'abc', level: 'city', province: '火星', highlight: '999999' }, rows);
    expect(state).toEqual(defaultState(rows));
    expect(notices.map((n) => n.field)).toEqual(['year', 'level', 'province', 'highlight']);
    expect(notices[0]!.message).toContain('abc');
  });
  it('falls back for a well-formed year without data', () => {
    const { state, notices } = resolveState({ year: '1999' }, rows);
    expect(state.year).toBe(2017);
    expect(notices[0]!.message).toContain('1999');
  });
  it('handles no data at all', () => {
    expect(resolveState({ year: '2017' }, []).state.year).toBeNull();
    expect(summarize([], defaultState([]), '收到申请数', '件')).toContain('还没有');
  });
});

describe('selectRows / ranking / summary', () => {
  it('ranks exact values high to low, then approximate ones unranked, gaps last', () => {
    const sel = selectRows(rows, { year: 2017, level: null, province: null, highlight: '530802' });
    expect(sel.map((r) => [r.name, r.rank])).toEqual([['桃源县', 1], ['阿拉山口市', 2], ['思茅区', null], ['昆明经济技术开发区', null]]);
    expect(sel.find((r) => r.highlighted)!.placeKey).toBe('530802');
  });
  it('gives ties the same rank', () => {
    const tied: IndicatorRow[] = [
      { reportId: 'a', placeKey: 'a', name: '甲', level: 'county', province: 'x', year: 2020, value: 5, flags: [] },
      { reportId: 'b', placeKey: 'b', name: '乙', level: 'county', province: 'x', year: 2020, value: 5, flags: [] },
      { reportId: 'c', placeKey: 'c', name: '丙', level: 'county', province: 'x', year: 2020, value: 1, flags: [] },
    ];
    const sel = selectRows(tied, { year: 2020, level: null, province: null, highlight: null });
    expect(sel.map((r) => r.rank)).toEqual([1, 1, 3]);
    expect(summarize(sel, { year: 2020, level: 'county', province: null, highlight: null }, '收到申请数', '件')).toBe(
      '2020 年 3 个县级单位中，甲和乙“收到申请数”并列最多（5 件），丙最少（1 件）。',
    );
  });
  it('filters by level and province', () => {
    expect(selectRows(rows, { year: 2017, level: 'county', province: '云南省', highlight: null }).map((r) => r.placeKey)).toEqual(['530802']);
  });
  it('writes the one-sentence summary', () => {
    const s = { year: 2017, level: 'county' as const, province: null, highlight: '652702' };
    expect(summarize(selectRows(rows, s), s, '收到申请数', '件')).toBe(
      '2017 年 2 个县级单位中，桃源县“收到申请数”最多（210 件），阿拉山口市最少（50 件）；另有 1 个约数，不参与排名。',
    );
    const one = { year: 2017, level: null, province: '云南省', highlight: null };
    expect(summarize(selectRows(rows, one), one, '收到申请数', '件')).toBe('2017 年云南省地区或部门的“收到申请数”都是约数（共 1 个），不作排名。');
    const none = { year: 2016, level: 'township' as const, province: null, highlight: null };
    expect(summarize(selectRows(rows, none), none, '收到申请数', '件')).toBe('2016 年没有乡镇级单位报告“收到申请数”的数值。');
  });
  it('names a highlighted approximate value as left out of the ranking', () => {
    const s = { year: 2017, level: 'county' as const, province: null, highlight: '530802' };
    expect(summarize(selectRows(rows, s), s, '收到申请数', '件')).toBe(
      '2017 年 2 个县级单位中，桃源县“收到申请数”最多（210 件），阿拉山口市最少（50 件）；思茅区为约 12 件（约数，不参与排名）；另有 1 个约数，不参与排名。',
    );
  });
  it('sorts the table without moving gaps', () => {
    const sel = selectRows(rows, { year: 2017, level: null, province: null, highlight: null });
    expect(sortRows(sel, 'value', 'asc').map((r) => r.placeKey)).toEqual(['530802', '652702', '430725', 'kunming-etdz']);
    expect(sortRows(sel, 'name', 'asc').at(-1)!.placeKey).toBe('kunming-etdz');
  });
});

describe('small-sample rates', () => {
  it('are listed after the ranking, without a rank, and named in the summary', () => {
    const rateRowsIn: IndicatorRow[] = [
      { reportId: 'a-2021', placeKey: 'a', name: '甲', level: 'county', province: '福建省', year: 2021, value: 33.3, flags: [], calc: '21 ÷ 63' },
      { reportId: 'b-2021', placeKey: 'b', name: '乙', level: 'county', province: '福建省', year: 2021, value: 80, flags: ['small-sample'], calc: '4 ÷ 5' },
      { reportId: 'c-2021', placeKey: 'c', name: '丙', level: 'county', province: '福建省', year: 2021, value: 10, flags: [], calc: '2 ÷ 20' },
    ];
    const s = { year: 2021, level: null, province: null, highlight: null };
    const sel = selectRows(rateRowsIn, s);
    expect([sel.map((r) => [r.placeKey, r.rank]), summarize(sel, s, '予以公开率', '%')]).toEqual([
      [['a', 1], ['c', 2], ['b', null]],
      '2021 年 2 个地区或部门中，甲“予以公开率”最多（33.3 %），丙最少（10.0 %）；另有 1 个样本较小（分母不足 10），不参与排名。',
    ]);
  });

  it('keep their calculation through the wire form', () => {
    const r: IndicatorRow = { reportId: 'a-2021', placeKey: 'a', name: '甲', level: 'county', province: '福建省', year: 2021, value: 33.3, flags: [], calc: '21 ÷ 63' };
    expect(fromWire(toWire([r]))).toEqual([r]);
  });
});
