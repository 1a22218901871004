import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placePeers, suggestFromLists, type PlacePeers } from '../../../../src/lib/site/compare-peers.ts';
import { nearestYear, suggestPeersForAll, type PeerPlace } from '../../../../src/lib/site/peers.ts';
import type { PlaceIndexEntry } from '../../../../src/lib/site/compare-state.ts';

type P = PeerPlace & { years: number[] };
const place = (i: number) => fc.record({
  name: fc.constantFrom('甲', '乙', '丙', '丁'),
  level: fc.constantFrom('county', 'county', 'prefecture', 'district', null),
  province: fc.constantFrom('云南省', '湖南省', null),
  prefecture: fc.constantFrom('普洱市', '常德市', null),
  years: fc.uniqueArray(fc.integer({ min: 2016, max: 2020 }), { maxLength: 3 }).map((y) => y.sort()),
}).map((p): P => ({ key: `k${i}`, ...p }));
const country = fc.integer({ min: 1, max: 45 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => place(i))));
const entry = (p: P): PlaceIndexEntry => ({ k: p.key, n: p.name, l: p.level, p: p.province, pf: p.prefecture ?? null, c: null, y: p.years });

describe('suggestFromLists', () => {
  it('gives exactly suggestPeersForAll over every place, for any selection of up to 6 places and years', () => {
    fc.assert(
      fc.property(country, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), (places, picks, yearPicks) => {
        const keys = [...new Set(picks.map((i) => places[i % places.length]!.key))];
        const byKey = new Map(places.map((p) => [p.key, p]));
        const years: Record<string, number> = {};
        keys.forEach((k, i) => {
          const ys = byKey.get(k)!.years;
          if (ys.length) years[k] = ys[yearPicks[i]! % ys.length]!;
        });
        const lists = new Map<string, PlacePeers>(keys.map((k) => [k, placePeers(k, places, byKey.get(k)!, entry)]));
        const want = suggestPeersForAll(keys, places, 6, years).map((s) => [s.place.key, s.tier, s.year]);
        const got = suggestFromLists(keys, (k) => years[k] ?? nearestYear(byKey.get(k)!.years, null), (k) => lists.get(k)).map((s) => [s.entry.k, s.tier, s.year]);
        expect(got).toEqual(want);
      }),
      { numRuns: 400 },
    );
  });
});
