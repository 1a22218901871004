import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildCompareTable, buildPlaces, pickReport, placeReport, resolveCompare, searchIndex, searchKey, yearDiffers,
  type IndicatorMeta, type PlaceIndexEntry, type ReportWithMeta,
} from '../../../../src/lib/site/compare-state.ts';

function rep(id: string, key: string, name: string, year: number | null, values: Record<string, number>, extra: Partial<ReportWithMeta> = {}): ReportWithMeta {
  return {
    id, placeKey: key, placeName: name,
    meta: { year, level: 'county', province: '云南省', prefecture: '普洱市', adcode: /^\d+$/.test(key) ? key : null, template: 'pre2019', variant: '2014' },
    values, derived: {}, textValues: {}, provenance: {}, gaps: [], ...extra,
  };
}
const core = (r: ReportWithMeta): Record<string, number> => ('requests.received' in r.values ? { 'requests-received': r.values['requests.received']! } : {});
const reports = [
  rep('530802-2017', '530802', '思茅区', 2017, { 'requests.received': 12, 'active.total': 100 }),
  rep('530802-2016', '530802', '思茅区', 2016, { 'requests.received': 9 }),
  rep('530821-2017', '530821', '宁洱县', 2017, { 'requests.received': 30 }, { derived: { 'x.sum': 3 }, gaps: [{ id: 'active.total', reason: 'blank' }] }),
  rep('unknown-undated', 'unknown', '未知地区', null, {}),
];

describe('buildPlaces', () => {
  const { index, details } = buildPlaces(reports, core);
  it('indexes places with years, skipping unknown', () => {
    expect(index.map((p) => [p.k, p.y])).toEqual([['530821', [2017]], ['530802', [2016, 2017]]]);
    expect(index[1]).toMatchObject({ n: '思茅区', c: '530802', p: '云南省', pf: '普洱市', l: 'county' });
  });
  it('keeps values, derived flags, gaps and core values per report', () => {
    const ne = details.find((d) => d.k === '530821')!.reports[0]!;
    expect(ne).toMatchObject({ v: { 'requests.received': 30, 'x.sum': 3 }, f: { 'x.sum': 'derived' }, g: { 'active.total': 'blank' }, c: { 'requests-received': 30 } });
  });
  it('printed values win over derived ones', () => {
    const r = placeReport(rep('a', 'a', 'a', 2017, { k: 1 }, { derived: { k: 2 } }), () => ({}));
    expect(r.v.k).toBe(1);
    expect(r.f.k).toBeUndefined();
  });
  it('orders values derived, text, printed, and writes each flagged value its sorted flags ("derived" kept with its own)', () => {
    const r = placeReport(
      rep('a', 'a', 'a', 2017, { p: 1, t: 5, d2: 6 }, {
        derived: { d: 2, d2: 3 },
        textValues: { t: 4, t2: 7 },
        provenance: { d: { flags: ['zeta', 'approximate', 'zeta'] }, p: { flags: [] }, t2: { flags: ['decoded'] }, d2: { flags: ['approximate'] }, gone: { flags: ['x'] } },
        gaps: [{ id: 'p', reason: 'blank' }, { id: 'q', reason: 'dash' }, { id: 'q', reason: 'blank' }],
      }),
      () => ({}),
    );
    expect([JSON.stringify(r.v), JSON.stringify(r.f), JSON.stringify(r.g)]).toEqual([
      '{"d":2,"d2":6,"t":5,"t2":7,"p":1}',
      '{"d":"approximate derived zeta","t2":"decoded","d2":"approximate"}',
      '{"q":"blank"}',
    ]);
  });
  it('picks the chosen year or the latest', () => {
    const d = details.find((x) => x.k === '530802')!;
    expect(pickReport(d)!.y).toBe(2017);
    expect(pickReport(d, 2016)!.y).toBe(2016);
    expect(pickReport(d, 1999)!.y).toBe(2017);
  });
});

const index: PlaceIndexEntry[] = [
  { k: '530802', n: '思茅区', l: 'county', p: '云南省', pf: '普洱市', c: '530802', y: [2016, 2017] },
  { k: '430725', n: '桃源县', l: 'county', p: '湖南省', pf: '常德市', c: '430725', y: [2017] },
  { k: 'kunming-etdz', n: '昆明经济技术开发区', l: 'development-zone', p: '云南省', pf: '昆明市', c: null, y: [2016] },
];

describe('searchIndex', () => {
  it('finds by name, code prefix and key', () => {
    expect(searchIndex(index, '思茅').map((p) => p.k)).toEqual(['530802']);
    expect(searchIndex(index, '53').map((p) => p.k)).toEqual(['530802']);
    expect(searchIndex(index, '430725').map((p) => p.k)).toEqual(['430725']);
    expect(searchIndex(index, '昆明').map((p) => p.k)).toEqual(['kunming-etdz']);
    expect(searchIndex(index, '云南').map((p) => p.k).sort()).toEqual(['530802', 'kunming-etdz']);
    expect(searchIndex(index, '  ')).toEqual([]);
  });
  it('finds by pinyin and initials (prefix, spaces and case ignored), an exact match first', () => {
    const py: PlaceIndexEntry[] = [
      { ...index[0]!, py: 'simaoqu', pi: 'smq' },
      { ...index[1]!, py: 'taoyuanxian', pi: 'tyx' },
      { k: 'x', n: '四方区', l: 'county', p: null, pf: null, c: null, y: [], py: 'sifangqu', pi: 'sfq' },
    ];
    expect(searchIndex(py, 'simao').map((p) => p.k)).toEqual(['530802']);
    expect(searchIndex(py, 'Si Mao Qu').map((p) => p.k)).toEqual(['530802']);
    expect(searchIndex(py, 'tyx').map((p) => p.k)).toEqual(['430725']);
    expect(searchIndex(py, 's').map((p) => p.k).sort()).toEqual(['530802', 'x']);
    expect(searchIndex(py, 'sfq').map((p) => p.k)).toEqual(['x']);
    expect(searchIndex(py, 'xyz')).toEqual([]);
  });
  it('gives the first `limit` of the whole ranking, whatever the order of the places', () => {
    const entry = fc.record({
      k: fc.stringMatching(/^[a-z0-9]{1,4}$/), n: fc.constantFrom('思茅区', '思茅', '茅区', '云南', 'simao'), l: fc.constant('county'),
      p: fc.constantFrom('云南省', null), pf: fc.constantFrom('普洱市', null), c: fc.option(fc.stringMatching(/^5[0-9]{0,3}$/), { nil: null }),
      y: fc.uniqueArray(fc.integer({ min: 2016, max: 2019 }), { maxLength: 3 }),
    });
    fc.assert(fc.property(fc.uniqueArray(entry, { maxLength: 30, selector: (p) => p.k }), fc.constantFrom('思', '茅区', '云南', '5', 'si', '区'), fc.integer({ min: 1, max: 12 }), (places, q, limit) => {
      const all = searchIndex(places, q, Infinity);
      expect(searchIndex(places, q, limit)).toEqual(all.slice(0, limit));
      expect(searchIndex([...places].reverse(), q, limit)).toEqual(all.slice(0, limit));
    }));
  });
  it('matches names and keys in searchKey form: spaces and apostrophes dropped, Latin case ignored', () => {
    expect(searchKey("Si 'Mao’ Qu")).toBe('simaoqu');
    expect(searchIndex(index, '思茅 区').map((p) => p.k)).toEqual(['530802']);
    expect(searchIndex(index, 'KUNMING').map((p) => p.k)).toEqual(['kunming-etdz']);
    expect(searchIndex(index, "'")).toEqual([]);
  });
});

describe('resolveCompare', () => {
  it('keeps known places and valid years, with notices for the rest', () => {
    const { selection, notices } = resolveCompare({ places: ['530802', 'nope', '430725'], years: { '530802': '2016', '430725': '2010' } }, index);
    expect(selection.places).toEqual(['530802', '430725']);
    expect(selection.years).toEqual({ '530802': 2016, '430725': 2017 });
    expect(notices.map((n) => n.message).join()).toMatch(/nope.*桃源县没有 2010 年/);
  });
  it('gives every column a year: a missing one is the latest, said in a notice', () => {
    const { selection, notices } = resolveCompare({ places: ['530802', '430725'], years: { '430725': '2017' } }, index);
    expect(selection.years).toEqual({ '530802': 2017, '430725': 2017 });
    expect(notices.map((n) => n.message).join()).toMatch(/没有这些地区的年份.*思茅区（2017 年）/);
  });
  it('caps at 6 places and keeps diff=1', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...index[0]!, k: `p${i}` }));
    const r = resolveCompare({ places: many.map((p) => p.k), years: { p0: '2017' }, onlyDiff: true }, many);
    expect(r.selection.places).toHaveLength(6);
    expect(r.selection.years.p0).toBe(2017);
    expect(r.selection.onlyDiff).toBe(true);
    expect(r.notices[0]!.message).toContain('6');
  });
});

describe('buildCompareTable', () => {
  const { details } = buildPlaces(reports, core);
  const inds: IndicatorMeta[] = [
    { id: 'requests.received', zh: '收到申请数', en: '', unit: '件', s: '三、依申请公开情况', t: 'pre2019', va: '2014', kd: 'cell' },
    { id: 'active.total', zh: '主动公开', en: '', unit: '条', s: '一、主动公开情况', t: 'pre2019', va: '2014', kd: 'cell' },
    { id: 'x.sum', zh: '合计', en: '', unit: '件', s: '三、依申请公开情况', t: 'pre2019', va: '2014', kd: 'derived' },
    { id: 'unused', zh: '无', en: '', unit: '件', s: '三、依申请公开情况', t: 'pre2019', va: '2014', kd: 'cell' },
  ];
  const cols = ['530802', '530821'].map((k) => ({ place: { k, n: k, l: 'county', p: '', pf: '', c: k, y: [2017] }, report: pickReport(details.find((d) => d.k === k)!) }));
  const groups = buildCompareTable(cols, inds, [{ key: 'requests-received', zh: '收到公开申请', en: '', comparable: 'yes', unit: '件' }]);
  it('puts core concepts first, then sections in catalog order, without empty rows', () => {
    expect(groups.map((g) => [g.title, g.rows.map((r) => r.id)])).toEqual([
      ['核心指标（两种格式可比）', ['requests-received']],
      ['2014 统计表 · 三、依申请公开情况', ['requests.received', 'x.sum']],
      ['2014 统计表 · 一、主动公开情况', ['active.total']],
    ]);
  });
  it('with two places: no highest/lowest marks, only the difference from the first column', () => {
    const row = groups[1]!.rows[0]!;
    expect(row.cells.map((c) => [c.value, c.mark, c.diff])).toEqual([[12, null, null], [30, null, 18]]);
    expect(row.differs).toBe(true);
    const gapRow = groups[2]!.rows[0]!;
    expect(gapRow.cells.map((c) => [c.value, c.gap, c.mark])).toEqual([[100, null, null], [null, 'blank', null]]);
    expect(gapRow.differs).toBe(false);
    expect(groups[1]!.rows[1]!.derived).toBe(true);
  });
});

describe('buildCompareTable with three places, two templates and two years', () => {
  const reps = [
    rep('a-2017', 'a', '甲', 2017, { 'requests.received': 5 }),
    rep('b-2017', 'b', '乙', 2017, { 'requests.received': 9 }),
    rep('c-2021', 'c', '丙', 2021, { 't3.new_received.total': 7 }, { meta: { year: 2021, level: 'county', province: '云南省', prefecture: null, adcode: null, template: 'post2019', variant: '2021' } }),
  ];
  const coreOf = (r: ReportWithMeta): Record<string, number> => {
    const v = r.values['requests.received'] ?? r.values['t3.new_received.total'];
    return v === undefined ? {} : { 'requests-received': v };
  };
  const { details, index } = buildPlaces(reps, coreOf);
  const cols = ['a', 'b', 'c'].map((k) => ({ place: index.find((p) => p.k === k)!, report: pickReport(details.find((d) => d.k === k)!) }));
  const groups = buildCompareTable(cols, [], [{ key: 'requests-received', zh: '收到公开申请', en: '', comparable: 'approximate', unit: '件' }]);
  it('marks highest and lowest among three or more numbers', () => {
    expect(groups[0]!.rows[0]!.cells.map((c) => c.mark)).toEqual(['min', 'max', null]);
  });
  it('flags a core row whose numbers come from different templates', () => {
    expect(groups[0]!.rows[0]!.templatesDiffer).toBe(true);
  });
  it('flags columns whose year differs from the first column', () => {
    expect(yearDiffers(cols)).toEqual([false, false, true]);
  });
});
