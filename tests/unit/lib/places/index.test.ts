import { describe, expect, it } from 'vitest';
import {
  EXTRA_PLACES, lookupByCode, lookupPlace, parentChain, placeId, placeKey, placeName, searchPlaces, shortHash,
} from '../../../../src/lib/places/index.ts';

describe('lookupByCode / lookupPlace', () => {
  it('pads province and city codes to 6 digits', () => {
    expect(lookupByCode('31')).toMatchObject({ id: '310000', name: '上海市', level: 'province', prefecture: null, parentId: null });
    expect(lookupByCode('3208')).toMatchObject({ id: '320800', name: '淮安市', level: 'prefecture', province: '江苏省', prefecture: '淮安市', parentId: '320000' });
    expect(lookupByCode('430725')).toMatchObject({ name: '桃源县', level: 'county', province: '湖南省', prefecture: '常德市', parentId: '430700' });
  });
  it('finds extra places by slug and nothing for hashed or unknown ids', () => {
    expect(lookupPlace('kunming-etdz')).toMatchObject({ id: 'kunming-etdz', code: null, source: 'places-table', parentId: '530100' });
    expect(lookupPlace('p-0000000')).toBeNull();
    expect(lookupPlace('unknown')).toBeNull();
    expect(lookupByCode('999999')).toBeNull();
  });
});



describe('extra-places.json', () => {
  it('has a stable ASCII slug, a level, a province, a parent code and a note for each entry', () => {
    for (const e of EXTRA_PLACES) {
      expect(e.slug).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(e.level).toBe('development-zone');
      expect(lookupByCode(e.parentCode)).not.toBeNull();
      expect(e.note.length).toBeGreaterThan(20);
    }
  });
});

describe('placeId / placeKey / placeName', () => {
  it('uses the adcode, else the extra slug, else a hashed ASCII slug', () => {
    expect(placeId({ adcode: '430725', jurisdiction: '桃源县', issuer: '桃源县人民政府' })).toBe('430725');
    expect(placeId({ adcode: null, jurisdiction: '昆明经济技术开发区', issuer: '昆明经济技术开发区管理委员会' })).toBe('kunming-etdz');
    expect(placeId({ adcode: null, jurisdiction: '平潭综合实验区', issuer: '平潭综合实验区' })).toBe('pingtan-zone');
    const h = placeId({ adcode: null, jurisdiction: '鼓楼区', issuer: '鼓楼区人民政府' });
    expect(h).toMatch(/^p-[0-9a-z]{7}$/);
    expect(h).toBe('p-' + shortHash('鼓楼区'));
    expect(placeId({ adcode: null, jurisdiction: null, issuer: null })).toBe('unknown');
  });
  it('keeps a department apart from its government', () => {
    const dept = { adcode: '310000', jurisdiction: '上海市', issuer: '上海市人民政府办公厅', level: 'department' as const };
    const gov = { adcode: '310000', jurisdiction: '上海市', issuer: '上海市人民政府', level: 'province' as const };
    expect(placeKey(dept)).toBe('310000-bgt');
    expect(placeKey(gov)).toBe('310000');
    expect(placeKey({ ...dept, issuer: '上海市某某专门委员会' })).toMatch(/^310000-d[0-9a-z]{5}$/);
    expect(placeName(dept)).toBe('上海市人民政府办公厅');
    expect(placeName(gov)).toBe('上海市');
  });
  it('names a placeId', () => {
    expect(placeName('530802')).toBe('思茅区');
    expect(placeName('kunming-etdz')).toBe('昆明经济技术开发区');
    expect(placeName('310000-bgt')).toBe('上海市');
    expect(placeName('p-0000000', '鼓楼区')).toBe('鼓楼区');
    expect(placeName({ adcode: null, jurisdiction: '鼓楼区', issuer: '鼓楼区人民政府', level: 'county' })).toBe('鼓楼区');
  });
});

describe('parentChain', () => {
  it('gives province › prefecture › place with codes', () => {
    expect(parentChain('530802').map((l) => [l.name, l.code])).toEqual([['云南省', '530000'], ['普洱市', '530800'], ['思茅区', '530802']]);
    expect(parentChain('652702').map((l) => l.name)).toEqual(['新疆维吾尔自治区', '博尔塔拉蒙古自治州', '阿拉山口市']);
    expect(parentChain('371300').map((l) => l.code)).toEqual(['370000', '371300']);
    expect(parentChain('310000').map((l) => l.code)).toEqual(['310000']);
    expect(parentChain('310000-bgt').map((l) => l.code)).toEqual(['310000']);
  });
  it('hangs extra places under their listed parent', () => {
    expect(parentChain('kunming-etdz').map((l) => [l.name, l.code])).toEqual([['云南省', '530000'], ['昆明市', '530100'], ['昆明经济技术开发区', null]]);
    expect(parentChain('pingtan-zone').map((l) => [l.name, l.code])).toEqual([['福建省', '350000'], ['平潭综合实验区', null]]);
    expect(parentChain('p-unknown')).toEqual([]);
  });
});

describe('searchPlaces', () => {
  it('finds by name, short name and alias, exact first', () => {
    expect(searchPlaces('思茅')[0]!.id).toBe('530802');
    expect(searchPlaces('桃源县')[0]!.id).toBe('430725');
    expect(searchPlaces('经开区').map((p) => p.id)).toContain('kunming-etdz');
    expect(searchPlaces('平潭').map((p) => p.id)).toEqual(expect.arrayContaining(['350128', 'pingtan-zone']));
    expect(searchPlaces('鼓楼区').length).toBeGreaterThan(1);
  });
  it('finds by code prefix and limits results', () => {
    expect(searchPlaces('4307').map((p) => p.id)).toContain('430725');
    expect(searchPlaces('4307')[0]!.id).toBe('430700');
    expect(searchPlaces('32', 5)).toHaveLength(5);
    expect(searchPlaces('  ')).toEqual([]);
  });
});
