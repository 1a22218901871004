import { describe, expect, it } from 'vitest';
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
