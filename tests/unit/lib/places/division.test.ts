import { describe, expect, it } from 'vitest';
import { ancestorsOf, divisionByCode, divisionByShort, divisionsByName, DIVISIONS, shortNameOf } from '../../../../src/lib/places/division.ts';

describe('division list (divisions.json)', () => {
  it('pads province and city codes to 6 digits', () => {
    expect(divisionByCode('31')).toMatchObject({ code: '310000', name: '上海市', level: 'province', prefecture: null, parentCode: null });
    expect(divisionByCode('3208')).toMatchObject({ code: '320800', name: '淮安市', level: 'prefecture', province: '江苏省', prefecture: '淮安市', parentCode: '320000' });
    expect(divisionByCode('430725')).toMatchObject({ name: '桃源县', level: 'county', province: '湖南省', prefecture: '常德市', parentCode: '430700' });
  });
  it('has no pseudo-cities (市辖区) and puts 直辖市 districts directly under the province', () => {
    expect(divisionsByName('市辖区')).toEqual([]);
    expect(divisionByCode('310115')).toMatchObject({ name: '浦东新区', prefecture: null, parentCode: '310000' });
  });
  it('marks the 71–79 zone rows as development zones', () => {
    expect(divisionByCode('320871')).toMatchObject({ name: '淮安经济技术开发区', level: 'development-zone', prefecture: '淮安市' });
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
    expect(divisionByCode('999999')).toBeNull();
    expect(divisionByCode('31a')).toBeNull();
  });
});

describe('shortNameOf', () => {
  it('drops the level suffix of provinces, prefectures and counties', () => {
    expect(shortNameOf('湖南省', 'province')).toBe('湖南');
    expect(shortNameOf('广西壮族自治区', 'province')).toBe('广西');
    expect(shortNameOf('思茅区', 'county')).toBe('思茅');
  });
  it('drops the ethnic words of autonomous areas', () => {
    expect(shortNameOf('博尔塔拉蒙古自治州', 'prefecture')).toBe('博尔塔拉');
  });
  it('gives no short name to zones or to names that would be one character', () => {
    expect(shortNameOf('淮安经济技术开发区', 'development-zone')).toBeNull();
    expect(shortNameOf('城区', 'county')).toBeNull();
  });
});

describe('divisionsByName / ancestorsOf', () => {
  it('lists every division sharing a full name', () => {
    expect(divisionsByName('朝阳区').map((d) => d.code).sort()).toEqual(['110105', '220104']);
    expect(divisionsByName('不存在的地方')).toEqual([]);
  });
  it('gives province then prefecture, nothing for a province, only the province for a 直辖市 district', () => {
    expect(ancestorsOf(divisionByCode('530802')!).map((d) => d.code)).toEqual(['530000', '530800']);
    expect(ancestorsOf(divisionByCode('310115')!).map((d) => d.code)).toEqual(['310000']);
    expect(ancestorsOf(divisionByCode('310000')!)).toEqual([]);
  });
  it('holds every province once (31) and only 6-digit codes', () => {
    expect(DIVISIONS.filter((d) => d.level === 'province')).toHaveLength(31);
    expect(DIVISIONS.every((d) => /^\d{6}$/.test(d.code))).toBe(true);
  });
});
