import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildFind, findPlaces, nodeFile, packFile, probes, type FindFile, type FindPack } from '../../../../src/lib/site/compare-find.ts';
import { searchIndex, type PlaceIndexEntry } from '../../../../src/lib/site/compare-state.ts';

// A small alphabet, so that names, provinces, codes, keys and pinyin share prefixes and queries hit.
const han = fc.constantFrom(...'云南省普洱市思茅区县城关镇南山'.split(''));
const ascii = fc.constantFrom(...'aAbsSmqx1 \''.split(''));
const text = (max: number) => fc.array(fc.oneof({ arbitrary: han, weight: 4 }, { arbitrary: ascii, weight: 1 }), { minLength: 0, maxLength: max }).map((a) => a.join(''));
const place = fc.record({
  k: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,5}$/),
  n: text(5).filter((s) => s.length > 0),
  l: fc.constantFrom('county', 'prefecture', null),
  p: fc.option(text(3), { nil: null }),
  pf: fc.option(text(3), { nil: null }),
  c: fc.option(fc.stringMatching(/^[1-5]{1,6}$/), { nil: null }),
  y: fc.uniqueArray(fc.integer({ min: 2015, max: 2019 }), { maxLength: 3 }).map((y) => y.sort()),
  py: fc.option(fc.stringMatching(/^[asmqx]{1,6}$/), { nil: undefined }),
  pi: fc.option(fc.stringMatching(/^[asmqx]{1,3}$/), { nil: undefined }),
}).map((p) => {
  const out: PlaceIndexEntry = { k: p.k, n: p.n, l: p.l, p: p.p, pf: p.pf, c: p.c, y: p.y };
  if (p.py) out.py = p.py;
  if (p.pi) out.pi = p.pi;
  return out;
});
const country = fc.uniqueArray(place, { minLength: 1, maxLength: 40, selector: (p) => p.k });

const loader = (files: Map<string, FindFile>, seen: string[] = []) => async (f: string) => {
  seen.push(f);
  const got = files.get(f);
  if (!got) throw new Error(`no file ${f}`);
  return got;
};

describe('findPlaces', () => {
  it('answers every query exactly as searchIndex over every place', async () => {
    await fc.assert(
      fc.asyncProperty(country, fc.integer({ min: 1, max: 6 }), fc.array(fc.oneof(text(6), fc.nat()), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 10 }), async (places, maxPlaces, qs, limit) => {
        const files = buildFind(places, 'v', maxPlaces);
        // queries: random text, and parts of the places' own strings (so that many match)
        const queries = qs.map((q) => (typeof q === 'string' ? q : (() => {
          const all = places.flatMap(probes);
          const s = all[q % all.length]!;
          return s.slice(0, 1 + (q % s.length));
        })()));
        for (const q of queries) expect((await findPlaces(q, loader(files), limit)).map((p) => p.k)).toEqual(searchIndex(places, q, limit).map((p) => p.k));
      }),
      { numRuns: 300 },
    );
  });

  it('loads the root, the nodes on the query path and at most one pack; no pack holds more than its limit', async () => {
    // 3,000 places sharing one province and a few prefectures: the province's prefix must be split.
    const pref = ['普洱市', '昆明市', '曲靖市'];
    const places: PlaceIndexEntry[] = Array.from({ length: 3000 }, (_, i) => ({
      k: String(530000 + i), n: `第${i}区`, l: 'county', p: '云南省', pf: pref[i % 3]!, c: String(530000 + i), y: [2020],
    }));
    const files = buildFind(places, 'v', 50);
    for (const f of files.values()) if ('places' in f) expect((f as FindPack).places.length).toBeLessThanOrEqual(50);
    const seen: string[] = [];
    const got = await findPlaces('普洱市第12', loader(files, seen));
    expect(got.length).toBeGreaterThan(0);
    expect(got.map((p) => p.n)).toEqual(searchIndex(places, '普洱市第12').map((p) => p.n));
    expect(seen.filter((f) => f.startsWith('p'))).toHaveLength(1);
    expect(seen[0]).toBe(nodeFile(''));
  });

  it('names files by the hex of the prefix', () => {
    expect(nodeFile('')).toBe('n');
    expect(nodeFile('云a')).toBe('n4e910061');
    expect(packFile('云', 2)).toBe('p4e91-2');
  });
});
