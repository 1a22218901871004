import { describe, expect, it } from 'vitest';
import {
  divisionByCode, divisionByShort, PHONE_CODES, divisionsByName, EXTRA_PLACES, lookupByCode, parentChain, placeContext, placeId, placeKey,
  placeName, resolveJurisdiction, searchPlaces, shortHash,
} from '../../../../src/lib/places/index.ts';

describe('division list (divisions.json)', () => {
  it('pads province and city codes to 6 digits', () => {
    expect(lookupByCode('31')).toMatchObject({ id: '310000', name: '上海市', level: 'province', prefecture: null, parentId: null });
    expect(lookupByCode('3208')).toMatchObject({ id: '320800', name: '淮安市', level: 'prefecture', province: '江苏省', prefecture: '淮安市', parentId: '320000' });
    expect(lookupByCode('430725')).toMatchObject({ name: '桃源县', level: 'county', province: '湖南省', prefecture: '常德市', parentId: '430700' });
  });
  it('has no pseudo-cities (市辖区) and puts 直辖市 districts directly under the province', () => {
    expect(divisionsByName('市辖区')).toEqual([]);
    expect(lookupByCode('310115')).toMatchObject({ name: '浦东新区', prefecture: null, parentId: '310000' });
  });
  it('marks the 71–79 zone rows as development zones', () => {
    expect(lookupByCode('320871')).toMatchObject({ name: '淮安经济技术开发区', level: 'development-zone', prefecture: '淮安市' });
  });
  it('indexes short names only where they are unique', () => {
    expect(divisionByShort('思茅')?.code).toBe('530802');
    expect(divisionByShort('湖南')?.code).toBe('430000');
    expect(divisionByShort('新疆')?.code).toBe('650000');
    expect(divisionByShort('博尔塔拉')?.code).toBe('652700');
    expect(divisionByShort('吉林')).toBeNull(); // 吉林省 and 吉林市
    expect(divisionByShort('鼓楼')).toBeNull(); // four 鼓楼区
  });
  it('rejects malformed codes', () => {
    expect(divisionByCode('12345')).toBeNull();
    expect(lookupByCode('999999')).toBeNull();
  });
});

describe('resolveJurisdiction', () => {
  it.each([
    ['桃源县', '430725', '湖南省', '常德市', 'county'],
    ['思茅区', '530802', '云南省', '普洱市', 'county'],
    ['普洱市思茅区人民政府', '530802', '云南省', '普洱市', 'county'],
    ['阿拉山口市人民政府', '652702', '新疆维吾尔自治区', '博尔塔拉蒙古自治州', 'county'],
    ['临沂市', '371300', '山东省', '临沂市', 'prefecture'],
    ['淮安市人民政府', '320800', '江苏省', '淮安市', 'prefecture'],
    ['洪泽区人民政府', '320813', '江苏省', '淮安市', 'county'],
    ['平潭县人民政府', '350128', '福建省', '福州市', 'county'],
    ['上海市人民政府办公厅', '310000', '上海市', null, 'province'],
    ['湖南省人民政府', '430000', '湖南省', null, 'province'],
  ])('%s → %s', (name, code, province, prefecture, level) => {
    const r = resolveJurisdiction(name)!;
    expect(r).toMatchObject({ code, province, prefecture, level, how: 'dataset' });
  });

  it('leaves an ambiguous county name without a code (never guesses)', () => {
    expect(divisionsByName('鼓楼区').length).toBeGreaterThan(1);
    const r = resolveJurisdiction('鼓楼区人民政府')!;
    expect(r).toMatchObject({ name: '鼓楼区', code: null, province: null, prefecture: null, level: 'county' });
    expect(r.note).toMatch(/ambiguous/);
    expect(resolveJurisdiction('鼓楼区', placeContext('本报告由区政府办公室编制。'))!.code).toBeNull();
  });
  it('resolves an ambiguous name by a parent written before it', () => {
    expect(resolveJurisdiction('福州市鼓楼区人民政府')).toMatchObject({ code: '350102', prefecture: '福州市' });
    expect(resolveJurisdiction('南京市鼓楼区')).toMatchObject({ code: '320106', province: '江苏省' });
  });
  it('resolves an ambiguous name by the province named or implied in the text', () => {
    expect(resolveJurisdiction('鼓楼区', placeContext('根据《福建省政府信息公开办法》'))!.code).toBe('350102');
    expect(resolveJurisdiction('鼓楼区', placeContext('按照闽政办〔2019〕12号文件要求'))!.code).toBe('350102');
    expect(resolveJurisdiction('朝阳区', placeContext('按照京政办发〔2019〕3号'))!.code).toBe('110105');
    expect(resolveJurisdiction('鼓楼区', placeContext('电话：0591-87654321'))!.code).toBe('350102');
  });
  it('a phone code outside phone-codes.json gives no hint', () => {
    expect(placeContext('电话：0736-6620322').codes.size).toBe(0);
  });
  it('phone-codes.json: every code is well-formed and names a listed division', () => {
    for (const [phone, code] of Object.entries(PHONE_CODES)) {
      expect(phone).toMatch(/^0\d{2,3}$/);
      expect(divisionByCode(code), phone).not.toBeNull();
    }
    // complete for what it claims: the ten 3-digit codes and every province (or its capital)
    expect(Object.keys(PHONE_CODES).filter((k) => k.length === 3).sort()).toEqual(['010', '020', '021', '022', '023', '024', '025', '027', '028', '029']);
    const provinces = new Set(Object.values(PHONE_CODES).map((c) => c.slice(0, 2)));
    expect(provinces.size).toBe(31);
  });
  it('stays null when the context names several candidate provinces', () => {
    const r = resolveJurisdiction('鼓楼区', placeContext('福建省与江苏省交流'))!;
    expect(r.code).toBeNull();
  });
  it('reads document numbers and phone codes as context', () => {
    const ctx = placeContext('按照国办发[2014]12号、鲁政办发【2014】22号文件要求；电话:0731-6620322');
    expect(ctx.codes.has('370000')).toBe(true);
    expect(ctx.codes.has('430100')).toBe(true);
    expect(ctx.codes.size).toBe(2); // 国办发 is national, not a province
  });
  it('takes places outside the code list from the extra-places table', () => {
    expect(resolveJurisdiction('昆明经济技术开发区管理委员会')).toMatchObject({
      name: '昆明经济技术开发区', code: null, level: 'development-zone', province: '云南省', prefecture: '昆明市', parentCode: '530100', slug: 'kunming-etdz', how: 'places-table',
    });
    expect(resolveJurisdiction('昆明经开区')!.slug).toBe('kunming-etdz');
    expect(resolveJurisdiction('平潭综合实验区')).toMatchObject({
      code: null, level: 'development-zone', province: '福建省', prefecture: null, parentCode: '350000', slug: 'pingtan-zone',
    });
  });
  it('gives townships and unlisted zones their parent', () => {
    expect(resolveJurisdiction('桃源县漳江镇人民政府')).toMatchObject({ name: '漳江镇', code: null, level: 'township', province: '湖南省', prefecture: '常德市', parentCode: '430725' });
    expect(resolveJurisdiction('临沂市某某开发区管委会')).toMatchObject({ level: 'development-zone', prefecture: '临沂市', parentCode: '371300' });
  });
  it('returns null for names without a place', () => {
    expect(resolveJurisdiction('本单位')).toBeNull();
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
