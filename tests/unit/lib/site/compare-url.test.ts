import { describe, expect, it } from 'vitest';
import { compareHref, isPlaceKey, parseCompareQuery, serializeCompareQuery } from '../../../../src/lib/site/compare-url.ts';

describe('compare URL', () => {
  it('parses comma lists, repeated params, full-width commas; dedupes', () => {
    expect(parseCompareQuery('?places=430725,530802，430725&places=kunming-etdz')).toEqual({ places: ['430725', '530802', 'kunming-etdz'], years: {} });
    expect(parseCompareQuery('places=a%2Cb&years=b:2019,bad,c:2020')).toEqual({ places: ['a', 'b'], years: { b: '2019', c: '2020' } });
    expect(parseCompareQuery('')).toEqual({ places: [], years: {} });
  });
  it('serializes readable URLs; years only for chosen places', () => {
    expect(serializeCompareQuery({ places: ['430725', '530802'], years: { '530802': 2016, zzz: 2010 } })).toBe('?places=430725,530802&years=530802:2016');
    expect(serializeCompareQuery({ places: [], years: {} })).toBe('');
    expect(serializeCompareQuery({ places: ['ok', '<script>'], years: {} })).toBe('?places=ok');
    expect(compareHref([{ key: 'a', year: 2017 }, { key: 'b', year: 2025 }])).toBe('/compare/?places=a,b&years=a:2017,b:2025');
    expect(compareHref([{ key: 'a', year: 2017 }, { key: 'b', year: null }], true)).toBe('/compare/?places=a,b&years=a:2017&diff=1');
  });
  it('reads 只显示各地数值不同的行 from diff=1', () => {
    expect(parseCompareQuery('?places=a,b&diff=1').onlyDiff).toBe(true);
    expect(parseCompareQuery('?places=a,b&diff=0').onlyDiff).toBeUndefined();
  });
  it('round-trips', () => {
    const q = serializeCompareQuery({ places: ['310000-bgt', 'p-0abc123'], years: { 'p-0abc123': 2019 } });
    expect(parseCompareQuery(q)).toEqual({ places: ['310000-bgt', 'p-0abc123'], years: { 'p-0abc123': '2019' } });
  });
  it('validates keys syntactically', () => {
    expect(isPlaceKey('kunming-etdz')).toBe(true);
    expect(isPlaceKey('a b')).toBe(false);
    expect(isPlaceKey('')).toBe(false);
  });
});
