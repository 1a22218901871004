// Indicator page keys: a changed row changes its year's key and the all-years key, and no other year's.
import { describe, expect, it } from 'vitest';
import { rowKeys } from '../../../../src/lib/site/indicator-keys.ts';
import type { IndicatorRow } from '../../../../src/lib/site/indicator-state.ts';

const row = (placeKey: string, year: number, value: number | null): IndicatorRow => ({ reportId: `${placeKey}-${year}`, placeKey, name: placeKey, level: 'county', province: '福建省', year, value, flags: [] });
const byYear = (rows: IndicatorRow[]) => {
  const m = new Map<number, IndicatorRow[]>();
  for (const r of rows) (m.get(r.year) ?? m.set(r.year, []).get(r.year)!).push(r);
  return m;
};

describe('rowKeys', () => {
  it('keys each year by its rows and all years together: one changed value changes its year and the whole, nothing else', () => {
    const before = rowKeys(byYear([row('a', 2020, 1), row('b', 2020, 2), row('a', 2021, 3)]));
    const same = rowKeys(byYear([row('a', 2020, 1), row('b', 2020, 2), row('a', 2021, 3)]));
    const after = rowKeys(byYear([row('a', 2020, 1), row('b', 2020, 2), row('a', 2021, 4)]));
    expect(same).toEqual(before);
    expect(after.years.get(2020)).toBe(before.years.get(2020));
    expect(after.years.get(2021)).not.toBe(before.years.get(2021));
    expect(after.all).not.toBe(before.all);
    expect(before.all).toMatch(/^[0-9a-f]{40}$/);
  });
});
