import { describe, expect, it } from 'vitest';
import { suggestPeers, suggestPeersForAll, type PeerPlace } from '../../../../src/lib/site/peers.ts';

const places: PeerPlace[] = [
  { key: '530802', name: '思茅区', level: 'county', province: '云南省', prefecture: '普洱市', years: [2017] },
  { key: '530821', name: '宁洱县', level: 'county', province: '云南省', prefecture: '普洱市', years: [2016] },
  { key: '530102', name: '五华区', level: 'county', province: '云南省', prefecture: '昆明市', years: [2018, 2017] },
  { key: '530103', name: '盘龙区', level: 'county', province: '云南省', prefecture: '昆明市', years: [2018] },
  { key: '530100', name: '昆明市', level: 'prefecture', province: '云南省', prefecture: '昆明市', years: [2018] },
  { key: '430725', name: '桃源县', level: 'county', province: '湖南省', prefecture: '常德市', years: [2017] },
  { key: 'nolevel', name: '某地', level: null, province: '云南省' },
];

describe('suggestPeers', () => {
  it('same level and province; same prefecture first, then recent and more reports', () => {
    expect(suggestPeers('530802', places).map((p) => p.key)).toEqual(['530821', '530102', '530103']);
  });
  it('excludes, limits, and returns the caller’s objects', () => {
    const r = suggestPeers('530802', places, { exclude: ['530821'], limit: 1 });
    expect(r).toEqual([places[2]]);
  });
  it('is empty for unknown places or places without level/province', () => {
    expect(suggestPeers('000000', places)).toEqual([]);
    expect(suggestPeers('nolevel', places)).toEqual([]);
    expect(suggestPeers('430725', places)).toEqual([]);
  });
  it('unions peers of several places without the places themselves', () => {
    expect(suggestPeersForAll(['530802', '530102'], places).map((p) => p.key)).toEqual(['530821', '530103']);
  });
});
