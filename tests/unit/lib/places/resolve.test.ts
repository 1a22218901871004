import { describe, expect, it } from 'vitest';
import { divisionByCode, divisionsByName } from '../../../../src/lib/places/division.ts';
import {
  ancestorCodes, leadingPlaces, levelBySuffix, PHONE_CODES, placeContext, placeNameAt, resolveJurisdiction,
} from '../../../../src/lib/places/resolve.ts';

describe('placeNameAt / leadingPlaces', () => {
  it('takes the longest place name at a position', () => {
    expect(placeNameAt('普洱市思茅区人民政府', 0)!.text).toBe('普洱市');
    expect(placeNameAt('普洱市思茅区人民政府', 3)!.text).toBe('思茅区');
    expect(placeNameAt('人民政府', 0)).toBeNull();
  });
  it('splits an organisation name into its leading places and the rest', () => {
    const r = leadingPlaces('普洱市思茅区人民政府');
    expect(r.segments.map((s) => [s.text, s.start, s.end])).toEqual([['普洱市', 0, 3], ['思茅区', 3, 6]]);
    expect(r.rest).toBe('人民政府');
  });
  it('reads a unique short name as its division', () => {
    const r = leadingPlaces('思茅人民政府');
    expect(r.segments.map((s) => s.text)).toEqual(['思茅']);
    expect(r.segments[0]!.candidates.map((c) => c.kind === 'division' && c.place.code)).toEqual(['530802']);
  });
  it('finds no place in a name that starts with none', () => {
    expect(leadingPlaces('本单位办公室')).toEqual({ segments: [], rest: '本单位办公室' });
  });
});

describe('levelBySuffix', () => {
  it.each([
    ['青岚综合实验区', 'development-zone'],
    ['某某高新区', 'development-zone'],
    ['某镇', 'township'],
    ['某某街道', 'township'],
    ['某县', 'county'],
    ['某旗', 'county'],
    ['某自治州', 'prefecture'],
    ['某省', 'province'],
  ])('%s → %s', (name, level) => {
    expect(levelBySuffix(name)).toBe(level);
  });
  it('says nothing for a bare 市 (county- or prefecture-level)', () => {
    expect(levelBySuffix('某某市')).toBeNull();
  });
});

describe('ancestorCodes', () => {
  it('gives the ancestors of a code, none for an unknown code', () => {
    expect(ancestorCodes('530802').map((d) => d.code)).toEqual(['530000', '530800']);
    expect(ancestorCodes('999999')).toEqual([]);
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

