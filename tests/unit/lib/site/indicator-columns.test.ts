// Indicator rows held as columns: the same rows, in the same order, as indicatorTable and rateRows.
import { describe, expect, it } from 'vitest';
import { rate } from '../../../../src/lib/catalog/rates.ts';
import { rateRows, type RateReport } from '../../../../src/lib/rates/rows.ts';
import { IndicatorColumns } from '../../../../src/lib/site/indicator-columns.ts';
import { indicatorTable, years, type ReportLike } from '../../../../src/lib/site/indicator-state.ts';

const rep = (id: string, key: string, year: number | null, values: Record<string, number>, extra: Partial<Omit<ReportLike, 'meta'>> = {}): ReportLike & RateReport => ({
  id, placeKey: key, placeName: `地${key}`, meta: { year, level: key === 'z' ? null : 'county', province: key === 'z' ? null : '湖南省', template: 'post2019', variant: '2021', kind: 'annual-report' },
  values, derived: {}, textValues: {}, provenance: {}, gaps: [], checks: [], ...extra,
});

// out of the rows' order on purpose: the store sorts like indicatorTable
const reports = [
  rep('b-2021', 'b', 2021, { 't3.granted.total': 2, 't3.total.total': 5 }, { provenance: { 't3.granted.total': { flags: ['decoded'] } } }),
  rep('a-2022', 'a', 2022, { 't3.granted.total': 21, 't3.total.total': 63 }),
  rep('a-2021', 'a', 2021, { 't3.total.total': 0, 't3.granted.total': 0 }, { derived: { d: 4 }, textValues: { t: 1 }, gaps: [{ id: 'g', reason: 'dash' }, { id: 'g', reason: 'blank' }] }),
  rep('z-2020', 'z', 2020, {}, { derived: { 't3.granted.total': 7 }, gaps: [{ id: 't3.total.total', reason: 'ambiguous' }] }),
  rep('undated', 'u', null, { 't3.granted.total': 9 }),
];

describe('IndicatorColumns', () => {
  it('gives every indicator the rows of indicatorTable, whatever the chunk size', () => {
    const table = indicatorTable(reports);
    for (const chunk of [1, 2, 100]) {
      const cols = IndicatorColumns.of(reports, chunk).done();
      expect([...cols.ids()].sort()).toEqual([...table.keys()].sort());
      for (const id of table.keys()) expect([cols.rows(id), cols.years(id)]).toEqual([table.get(id), years(table.get(id)!)]);
    }
  });

  it('gives rates the rows of rateRows, calculations and stated gaps included', () => {
    const r = rate('rate.granted')!;
    const expected = rateRows(reports, [r]).get(r.id)!;
    const cols = new IndicatorColumns(reports);
    cols.add(r.id, [...expected].reverse());
    expect(cols.done().rows(r.id)).toEqual(expected);
  });

  it('gives an unknown id no rows', () => {
    expect(IndicatorColumns.of(reports).done().rows('nothing')).toEqual([]);
  });
});
