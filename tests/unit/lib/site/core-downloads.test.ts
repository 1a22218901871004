import { describe, expect, it } from 'vitest';
import { CORE_FIELDS, coreRows, crossTemplateSeries } from '../../../../src/lib/site/core-downloads.ts';
import { postReport, preReport } from './fixture-report.ts';

describe('core series CSV rows', () => {
  // One place across the template change: a 2017 report on the 2014 table, a 2021 report on the 2021 format.
  const pre = preReport({ id: 'pingtan-zone-2017', placeKey: 'pingtan-zone', placeName: '平潭综合实验区', meta: { ...preReport().meta, year: 2017, level: 'development-zone', province: '福建省', prefecture: null } });
  const rows = coreRows([pre, postReport()]);

  it('puts both templates of a place on one series, the template change marked', () => {
    const received = rows.filter((r) => r.series_id === 'requests-received');
    expect(received.map((r) => [r.year, r.value, r.indicator_ids, r.template, r.template_change])).toEqual([
      [2017, 210, 'requests.received', 'pre2019/2014', ''],
      [2021, 70, 't3.new_received.total', 'post2019/2021', 1],
    ]);
    expect(received[0]).toMatchObject({ series_zh: '收到公开申请', comparable: 'yes', unit: '件', place_id: 'pingtan-zone', level_zh: '开发区' });
  });

  it('sums the ids a concept is made of, with their flags, and leaves out concepts a report lacks an operand of', () => {
    // 予以公开 (2014 table) = granted + already_public: the fixture has already_public only, so no 2017 row.
    expect(rows.filter((r) => r.series_id === 'granted').map((r) => [r.year, r.value])).toEqual([[2021, 30]]);
    const approx = coreRows([preReport({ values: { ...preReport().values, 'requests.received': 5 }, provenance: { 'requests.received': { ...preReport().provenance['requests.received']!, flags: ['approximate'] } } })]);
    expect(approx.find((r) => r.series_id === 'requests-received')!.flags).toBe('approximate');
  });

  it('covers only concepts both templates print, with the place columns first', () => {
    expect(crossTemplateSeries.map((s) => s.key)).not.toContain('fees');
    expect(crossTemplateSeries.every((s) => s.pre2019 && s.post2019)).toBe(true);
    expect(CORE_FIELDS.slice(0, 3)).toEqual(['report_id', 'place_id', 'place_name']);
    expect(Object.keys(rows[0]!)).toEqual([...CORE_FIELDS]);
  });
});
