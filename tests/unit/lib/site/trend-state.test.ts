import { describe, expect, it } from 'vitest';
import {
  joinQuery, parseTrendQuery, rateTrendData, resolveTrend, selectLines, seriesFor, serializeTrend, trendData, trendSummary, type TrendReport,
} from '../../../../src/lib/site/trend-state.ts';
import { collationRanks } from '../../../../src/lib/site/collate.ts';

const rep = (id: string, year: number, template: string, values: Record<string, number>, flags: Record<string, string[]> = {}): TrendReport => ({
  id, placeKey: id.replace(/-\d{4}$/, ''), placeName: id.startsWith('pt') ? '平潭综合实验区' : '某县', meta: { year, template, variant: template === 'post2019' ? '2021' : '2014', kind: 'annual-report' },
  values, derived: {}, textValues: {}, provenance: Object.fromEntries(Object.entries(flags).map(([k, f]) => [k, { flags: f }])),
});

const reports = [
  rep('pt-2017', 2017, 'pre2019', { 'requests.received': 12 }, { 'requests.received': ['approximate'] }),
  rep('pt-2019', 2019, 'post2019', { 't3.new_received.total': 23 }),
  rep('pt-2021', 2021, 'post2019', { 't3.new_received.total': 70 }),
  rep('x-2021', 2021, 'post2019', { 't3.new_received.total': 5 }),
];

describe('trendData', () => {
  it('puts both templates on one line through the crosswalk, marking the break', () => {
    const d = trendData('t3.new_received.total', reports);
    const lines = selectLines(d, { view: 'line', places: ['pt'], from: null, to: null });
    expect([d.mapping.kind, lines[0]!.pts.map((p) => [p[0], p[1], p[2], p[4]]), lines[0]!.breaks]).toEqual([
      'crosswalk',
      [[2017, 12, 'pre2019', 'approximate'], [2019, 23, 'post2019', ''], [2021, 70, 'post2019', '']],
      [1],
    ]);
  });

  it('says an indicator without a one-to-one mapping has none, and keeps to its template', () => {
    const d = trendData('requests.answered.granted', [rep('pt-2017', 2017, 'pre2019', { 'requests.answered.granted': 3 }), rep('pt-2019', 2019, 'post2019', { 't3.granted.total': 7 })]);
    expect([d.mapping, d.lines[0]!.pts.map((p) => p[0])]).toEqual([{ kind: 'none', template: 'pre2019' }, [2017]]);
  });

  it('gives the same lines, in the same order, with the collation ranks of the place names', () => {
    const more = [...reports, rep('a-2021', 2021, 'post2019', { 't3.new_received.total': 1 }, { 't3.new_received.total': ['decoded', 'approximate'] }), { ...rep('b-2020', 2020, 'post2019', {}), placeName: '阿县', derived: { 't3.new_received.total': 2 } }];
    const plain = trendData('t3.new_received.total', more);
    expect(trendData('t3.new_received.total', more, collationRanks(more.map((r) => r.placeName)))).toEqual(plain);
    expect(Object.fromEntries(plain.lines.map((l) => [l.k, l.pts.map((p) => p[4])]))).toEqual({ a: ['approximate decoded'], b: ['derived'], pt: ['approximate', '', ''], x: [''] });
  });

  it('maps only a one-to-one side (予以公开 ← 同意公开 + 属于已主动公开范围)', () => {
    expect([seriesFor('t3.granted.total')?.series.key, seriesFor('requests.answered.granted')]).toEqual(['granted', null]);
  });

  it('builds rate lines from rate rows with each report’s template', () => {
    const d = rateTrendData('rate.granted', [{ reportId: 'pt-2017', placeKey: 'pt', name: '平潭', level: '', province: '', year: 2017, value: 50, flags: [] }, { reportId: 'pt-2019', placeKey: 'pt', name: '平潭', level: '', province: '', year: 2019, value: 30.4, flags: ['small-sample'] }], (r) => (r === 'pt-2017' ? 'pre2019' : 'post2019'));
    expect(selectLines(d, { view: 'line', places: ['pt'], from: null, to: null })[0]!.breaks).toEqual([1]);
  });
});

describe('trend URL state', () => {
  const d = trendData('t3.new_received.total', reports);
  it('round-trips view=line&places=…&from=…&to=…', () => {
    const q = '?view=line&places=pt,x&from=2014&to=2025';
    const { state } = resolveTrend(parseTrendQuery(q), d);
    expect(['?' + serializeTrend(state), state]).toEqual([q, { view: 'line', places: ['pt', 'x'], from: 2014, to: 2025 }]);
  });

  it('drops unknown places with a notice and falls back to the places with most years', () => {
    const { state, notices } = resolveTrend(parseTrendQuery('view=line&places=nowhere&from=20x4'), d);
    expect([state.places, state.from, notices.map((n) => n.field)]).toEqual([['pt', 'x'], null, ['places', 'from']]);
  });

  it('writes nothing in the bar view and joins with the other query parts', () => {
    expect([serializeTrend({ view: 'bar', places: ['pt'], from: null, to: null }), joinQuery('?year=2017', 'view=line'), joinQuery('', '')]).toEqual(['', '?year=2017&view=line', '']);
  });

  it('keeps the years within from–to and summarises each line', () => {
    const lines = selectLines(d, { view: 'line', places: ['pt'], from: 2018, to: 2025 });
    expect(trendSummary(lines, '收到申请', (v) => `${v} 件`)).toBe('平潭综合实验区：2019 年 23 件，2021 年 70 件（2 个年度）。');
  });
});
