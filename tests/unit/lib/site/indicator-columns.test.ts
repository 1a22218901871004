// Indicator rows held as columns: the same rows, in the same order, as indicatorTable and rateRows.
import fc from 'fast-check';
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
  it('gives every indicator the rows of indicatorTable', () => {
    const table = indicatorTable(reports);
    const cols = IndicatorColumns.of(reports).done();
    expect([...cols.ids()].sort()).toEqual([...table.keys()].sort());
    for (const id of table.keys()) expect([cols.rows(id), cols.years(id), cols.valueCount(id)]).toEqual([table.get(id), years(table.get(id)!), table.get(id)!.filter((r) => r.value !== null).length]);
  });

  it('holds only the ids it is given, with the same rows', () => {
    const only = new Set(['t3.granted.total', 'g', 'absent']);
    const cols = IndicatorColumns.of(reports, only).done();
    expect([...cols.ids()].sort()).toEqual(['g', 't3.granted.total']);
    for (const id of only) expect(cols.rows(id)).toEqual(indicatorTable(reports).get(id) ?? []);
  });

  it('gives any reports the rows of indicatorTable, with or without a set of ids (fast-check)', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const nums = fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 9 }), { maxKeys: 3 });
    const flags = fc.uniqueArray(fc.constantFrom('approximate', 'decoded', 'derived', 'zz'), { maxLength: 2 });
    const report = fc.record({
      key: fc.constantFrom('p', 'q', 'r'),
      year: fc.option(fc.integer({ min: 2019, max: 2021 }), { nil: null }),
      values: nums,
      textValues: nums,
      derived: nums,
      provenance: fc.dictionary(fc.constantFrom(...ids), fc.record({ flags }), { maxKeys: 3 }),
      gaps: fc.array(fc.record({ id: fc.constantFrom(...ids), reason: fc.constantFrom('blank', 'dash') }), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(report, { maxLength: 8 }), fc.option(fc.subarray(ids), { nil: undefined }), (list, only) => {
        const reps = list.map((x, i) => rep(`${x.key}-${i}`, x.key, x.year, x.values, { textValues: x.textValues, derived: x.derived, provenance: x.provenance, gaps: x.gaps }));
        const table = indicatorTable(reps);
        const cols = IndicatorColumns.of(reps, only && new Set(only)).done();
        const held = [...table.keys()].filter((id) => !only || only.includes(id)).sort();
        expect([...cols.ids()].sort()).toEqual(held);
        for (const id of ids) expect(cols.rows(id)).toEqual(held.includes(id) ? table.get(id) : []);
      }),
    );
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
