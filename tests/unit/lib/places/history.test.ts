import { describe, expect, it } from 'vitest';
import raw from '../../../../src/lib/places/history.json' with { type: 'json' };
import { divisionByCode, divisionsByName } from '../../../../src/lib/places/division.ts';
import { HISTORICAL_NAMES, historicalName } from '../../../../src/lib/places/history.ts';
import { placeId, resolveJurisdiction } from '../../../../src/lib/places/index.ts';

describe('history.json', () => {
  it('lists each old name once, with a year since 2008 and a successor in the current code list', () => {
    expect(HISTORICAL_NAMES).toHaveLength(raw.changes.length);
    for (const h of HISTORICAL_NAMES) {
      expect(h.year, h.name).toBeGreaterThanOrEqual(2008);
      expect(h.code, h.name).toMatch(/^\d{6}$/);
      expect(divisionByCode(h.successor.code), h.name).toBe(h.successor);
    }
  });

  it('old names are not current names, and an old code is either kept by its successor or retired', () => {
    for (const h of HISTORICAL_NAMES) {
      expect(divisionsByName(h.name), h.name).toEqual([]);
      expect([h.successor.code, undefined], h.name).toContain(divisionByCode(h.code)?.code);
    }
  });
});

describe('resolving old names', () => {
  it('a renamed place resolves to its successor, the written name kept: 襄樊市 → 420600', () => {
    expect(historicalName('襄樊市')).toMatchObject({ kind: 'renamed', year: 2010, successor: { name: '襄阳市' } });
    const r = resolveJurisdiction('襄樊市人民政府')!;
    expect(r).toMatchObject({ name: '襄樊市', code: '420600', level: 'prefecture', province: '湖北省', how: 'dataset' });
    expect(r.note).toContain('2010 年更名为襄阳市');
    expect(placeId({ adcode: r.code, jurisdiction: r.name, issuer: '襄樊市人民政府' })).toBe('420600');
  });

  it('a renamed parent narrows its children: 襄樊市襄阳区 → 襄州区 420607', () => {
    expect(resolveJurisdiction('襄樊市襄阳区人民政府')).toMatchObject({ code: '420607', prefecture: '襄阳市' });
  });

  it('a county that became a district with a new code: 洪泽县 → 洪泽区 320813', () => {
    expect(resolveJurisdiction('洪泽县人民政府')).toMatchObject({ name: '洪泽县', code: '320813', prefecture: '淮安市' });
  });

  it('a merged place keeps its name, gets no code, and its province and parent from the successor', () => {
    const r = resolveJurisdiction('北京市崇文区人民政府')!;
    expect(r).toMatchObject({ name: '崇文区', code: null, level: 'county', province: '北京市', parentCode: '110000' });
    expect(r.note).toContain('2010 年并入东城区');
    expect(resolveJurisdiction('莱芜市人民政府')).toMatchObject({ code: null, level: 'prefecture', province: '山东省', prefecture: '莱芜市' });
  });
});
