import { describe, expect, it } from 'vitest';
import { rate } from '../../../../src/lib/catalog/rates.ts';
import { previousYear, rateRows, type RateReport } from '../../../../src/lib/rates/rows.ts';

const rep = (id: string, year: number, values: Record<string, number>, template = 'post2019'): RateReport => ({
  id, placeKey: id.replace(/-\d{4}$/, ''), placeName: '某地', meta: { year, template, variant: template === 'post2019' ? '2021' : '2014', kind: 'annual-report', level: 'county', province: '福建省' },
  values, derived: {}, provenance: {}, checks: [],
});

describe('rate rows', () => {
  it('one row per report with the calculation, a small sample flagged, a zero denominator stated', () => {
    const rows = rateRows([
      rep('a-2021', 2021, { 't3.granted.total': 21, 't3.total.total': 63 }),
      rep('b-2021', 2021, { 't3.granted.total': 2, 't3.total.total': 5 }),
      rep('c-2021', 2021, { 't3.granted.total': 0, 't3.total.total': 0 }),
      rep('d-2021', 2021, {}),
    ], [rate('rate.granted')!]).get('rate.granted')!;
    expect(rows.map((r) => [r.placeKey, r.value, r.flags, r.calc ?? null, r.gap ?? null])).toEqual([
      ['a', 33.3, [], '21 ÷ 63', null],
      ['b', 40, ['small-sample'], '2 ÷ 5', null],
      ['c', null, [], null, 'zero-denominator'],
    ]);
  });

  it('finds the same place’s report of the year before', () => {
    const a = rep('a-2020', 2020, {});
    const b = rep('a-2021', 2021, {});
    const m = previousYear([a, b, rep('x-2020', 2020, {})]);
    expect([m.get('a-2021')?.id, m.get('a-2020')]).toEqual(['a-2020', null]);
  });
});
