import { describe, expect, it } from 'vitest';
import { coreSeries } from '../../../../src/lib/catalog/crosswalk.ts';
import { groupPlaces, placeSeriesFor, reportsByPlace, placeTable, provinceSlug, seriesSummary, sparkline } from '../../../../src/lib/site/place-view.ts';
import { postReport, preReport } from './fixture-report.ts';

const recs = [
  preReport({ id: 'pz-2018', placeKey: 'pz', meta: { ...preReport().meta, year: 2018, province: '福建省', level: 'development-zone' } }),
  postReport({ id: 'pz-2021', placeKey: 'pz' }),
  postReport({ id: 'pz-2022', placeKey: 'pz', meta: { ...postReport().meta, year: 2022 }, values: { 't3.new_received.total': 90 } }),
];
const received = coreSeries.find((s) => s.key === 'requests-received')!;

describe('groupPlaces', () => {
  it('groups reports by placeKey with years', () => {
    const ps = groupPlaces([...recs, preReport()]);
    expect(ps.map((p) => p.key).sort()).toEqual(['430725', 'pz']);
    const pz = ps.find((p) => p.key === 'pz')!;
    expect(pz.years).toEqual([2018, 2021, 2022]);
    expect(pz.reportIds[0]).toBe('pz-2022');
    expect(pz.level).toBe('development-zone');
  });
});

describe('reportsByPlace', () => {
  it('keeps each place\'s reports in the given order and the places in order of first appearance', () => {
    const rs = [{ placeKey: 'b', n: 1 }, { placeKey: 'a', n: 2 }, { placeKey: 'b', n: 3 }];
    expect([...reportsByPlace(rs)].map(([k, xs]) => [k, xs.map((x) => x.n)])).toEqual([['b', [1, 3]], ['a', [2]]]);
  });
});

describe('placeTable', () => {
  it('gives a row per report with core values and a template-change marker', () => {
    const rows = placeTable(recs, [received]);
    expect(rows.map((r) => [r.year, r.values[0], r.templateChange])).toEqual([
      [2018, 210, false],
      [2021, 70, true],
      [2022, 90, false],
    ]);
  });
});

describe('sparkline', () => {
  it('scales points and marks the template break', () => {
    const pts = placeSeriesFor(recs, received);
    const s = sparkline(pts, 100, 40, 0)!;
    expect(s.dots.map((d) => d.x)).toEqual([0, 75, 100]);
    expect(s.dots[0]!.y).toBe(0); // the maximum (210) at the top
    expect(s.path.startsWith('M0 0 L75')).toBe(true);
    expect(s.breaks).toEqual([37.5]);
    expect(sparkline([])).toBeNull();
  });
  it('summarises a series in one sentence', () => {
    const pts = placeSeriesFor(recs, received);
    expect(seriesSummary('平潭', received, pts)).toBe('收到公开申请：2018 年 210 件，2022 年 90 件；最高为 2018 年（210 件）。2021 年起报告格式改变，前后口径一致。');
    expect(seriesSummary('平潭', received, [])).toContain('没有');
  });
});

describe('provinceSlug', () => {
  it('uses the province code', () => {
    expect(provinceSlug('湖南省')).toBe('430000');
    expect(provinceSlug(null)).toBe('unknown');
    expect(provinceSlug('火星省')).toMatch(/^p-[0-9a-z]+$/);
  });
});
