import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { nearestYear, peerColumns, peerSuggestions, suggestPeers, suggestPeersForAll, type PeerPlace } from '../../../../src/lib/site/peers.ts';

const places: PeerPlace[] = [
  { key: '530802', name: '思茅区', level: 'county', province: '云南省', prefecture: '普洱市', years: [2017] },
  { key: '530821', name: '宁洱县', level: 'county', province: '云南省', prefecture: '普洱市', years: [2016] },
  { key: '530102', name: '五华区', level: 'county', province: '云南省', prefecture: '昆明市', years: [2018, 2017] },
  { key: '530103', name: '盘龙区', level: 'county', province: '云南省', prefecture: '昆明市', years: [2018] },
  { key: '530100', name: '昆明市', level: 'prefecture', province: '云南省', prefecture: '昆明市', years: [2018] },
  { key: '430725', name: '桃源县', level: 'county', province: '湖南省', prefecture: '常德市', years: [2017] },
  { key: 'pingtan-zone', name: '平潭综合实验区', level: 'development-zone', province: '福建省', prefecture: null, years: [2011, 2017, 2025] },
  { key: 'nolevel', name: '某地', level: null, province: '云南省', years: [2017] },
];
const keys = (xs: Array<{ place: PeerPlace }>) => xs.map((x) => x.place.key);

describe('peerSuggestions', () => {
  it('same prefecture first, then same level in the province, then same level nationwide', () => {
    const s = peerSuggestions('530802', places);
    expect(keys(s)).toEqual(['530821', '530102', '530103', '430725']);
    expect(s.map((x) => x.tier)).toEqual(['prefecture', 'province', 'province', 'nation']);
  });
  it('gives each peer the same year where it has one, else its nearest year', () => {
    const s = peerSuggestions('530802', places, { year: 2017 });
    expect(s.map((x) => [x.place.key, x.year, x.sameYear])).toEqual([
      ['530821', 2016, false], ['530102', 2017, true], ['530103', 2018, false], ['430725', 2017, true],
    ]);
  });
  it('falls back to places with a report of the same year when no place shares the level', () => {
    const s = peerSuggestions('pingtan-zone', places, { year: 2017 });
    expect(s.every((x) => x.tier === 'year' && x.year === 2017)).toBe(true);
    expect(keys(s)).toEqual(expect.arrayContaining(['530802', '530102', '430725', 'nolevel']));
    expect(keys(s)).not.toContain('530821');
  });
  it('a place without a level still gets same-year peers; unknown places get none', () => {
    expect(keys(peerSuggestions('nolevel', places)).length).toBeGreaterThan(0);
    expect(peerSuggestions('000000', places)).toEqual([]);
  });
  it('excludes, limits, and returns the caller’s objects', () => {
    expect(suggestPeers('530802', places, { exclude: ['530821'], limit: 1 })).toEqual([places[2]]);
  });
  it('unions peers of several places without the places themselves', () => {
    expect(keys(suggestPeersForAll(['530802', '530102'], places, 3))).toEqual(['530821', '530103', '430725']);
  });
  it('builds a ready comparison: the place and its peers, each with a year', () => {
    expect(peerColumns('530802', 2017, places, 2)).toEqual([{ key: '530802', year: 2017 }, { key: '530821', year: 2016 }, { key: '530102', year: 2017 }]);
  });
});

describe('nearestYear', () => {
  it('is the same year, else the closest (later on ties), else the latest', () => {
    expect(nearestYear([2015, 2019], 2017)).toBe(2019);
    expect(nearestYear([2015, 2016, 2019], 2017)).toBe(2016);
    expect(nearestYear([2015, 2019], null)).toBe(2019);
    expect(nearestYear([], 2017)).toBeNull();
  });
});

// The definition peerSuggestions is indexed for: every place scanned and sorted per call.
function bruteForcePeers(placeKey: string, all: readonly PeerPlace[], year: number | null | undefined, limit: number, exclude: ReadonlySet<string>) {
  const self = all.find((p) => p.key === placeKey);
  if (!self) return [];
  const y0 = year !== undefined ? year : nearestYear(self.years, null);
  const order: Record<string, number> = { prefecture: 0, province: 1, nation: 2, year: 3 };
  const tier = (p: PeerPlace) => {
    if (self.level && p.level === self.level) {
      if (self.prefecture && p.prefecture === self.prefecture && self.province === p.province) return 'prefecture';
      if (self.province && p.province === self.province) return 'province';
      return 'nation';
    }
    if (y0 === null) return p.years?.length ? 'year' : null;
    return p.years?.includes(y0) ? 'year' : null;
  };
  const latest = (p: PeerPlace) => (p.years?.length ? Math.max(...p.years) : 0);
  const out = all
    .filter((p) => p.key !== placeKey && !exclude.has(p.key) && tier(p))
    .map((p) => ({ key: p.key, tier: tier(p)!, year: nearestYear(p.years, y0), p }))
    .map((s) => ({ ...s, sameYear: y0 !== null && s.year === y0 }));
  const sameLevel = out.some((s) => s.tier !== 'year');
  return out
    .filter((s) => !sameLevel || s.tier !== 'year')
    .sort((a, b) => order[a.tier]! - order[b.tier]! || Number(b.sameYear) - Number(a.sameYear) || latest(b.p) - latest(a.p) || (b.p.years?.length ?? 0) - (a.p.years?.length ?? 0) || a.p.name.localeCompare(b.p.name, 'zh-CN') || (a.key < b.key ? -1 : 1))
    .slice(0, limit)
    .map((s) => [s.key, s.tier, s.year, s.sameYear]);
}

describe('peerSuggestions on generated countries', () => {
  const place = fc.record({
    name: fc.constantFrom('甲县', '乙县', '丙区', '丁市', '戊县', '己区'),
    level: fc.constantFrom('county', 'prefecture', 'development-zone', null),
    province: fc.constantFrom('云南省', '湖南省', null),
    prefecture: fc.constantFrom('普洱市', '昆明市', null, undefined),
    years: fc.option(fc.uniqueArray(fc.integer({ min: 2011, max: 2025 }), { maxLength: 4 }), { nil: undefined }),
  });
  test.prop([fc.array(place, { maxLength: 40 }), fc.nat(), fc.option(fc.integer({ min: 2010, max: 2026 }), { nil: undefined }), fc.integer({ min: 1, max: 8 }), fc.array(fc.nat(), { maxLength: 3 })])(
    'give the same peers, tiers and years as scanning and sorting every place',
    (raw, pick, year, limit, excluded) => {
      const all: PeerPlace[] = raw.map((p, i) => ({ ...p, key: `k${i}` }));
      const key = all.length ? all[pick % all.length]!.key : 'none';
      const exclude = new Set(excluded.map((i) => `k${i % Math.max(all.length, 1)}`));
      const got = peerSuggestions(key, all, { limit, exclude, ...(year !== undefined ? { year } : {}) }).map((s) => [s.place.key, s.tier, s.year, s.sameYear]);
      expect(got).toEqual(bruteForcePeers(key, all, year, limit, exclude));
    },
  );
});
