import { describe, expect, it } from 'vitest';
import {
  findTitles, governmentPart, insideBookTitle, normaliseGov, trimToSubject, unlistedSubject, yearNumber,
} from '../../../../../src/lib/parse/metadata/titles.ts';

const first = (text: string, original = text) => findTitles(text, original)[0];

describe('yearNumber', () => {
  it('reads Arabic and Chinese-digit years', () => {
    expect(yearNumber('2022')).toBe(2022);
    expect(yearNumber('二〇二二')).toBe(2022);
    expect(yearNumber('二零一九')).toBe(2019);
  });
});

describe('insideBookTitle', () => {
  it('is true inside an open 《 and false after its 》', () => {
    const t = '根据《某某县2019年政府信息公开工作年度报告》的要求';
    expect(insideBookTitle(t, t.indexOf('某某'))).toBe(true);
    expect(insideBookTitle(t, t.indexOf('的要求'))).toBe(false);
  });
  it('looks back only 200 characters', () => {
    const t = '《' + '字'.repeat(300) + '某';
    expect(insideBookTitle(t, t.length - 1)).toBe(false);
  });
});

describe('trimToSubject', () => {
  it('trims a run to the place-led organisation it ends with', () => {
    expect(trimToSubject('现就阿拉山口市人民政府')).toEqual({ name: '阿拉山口市人民政府', kind: 'org', offset: 2 });
  });
  it('reads a bare place as a place', () => {
    expect(trimToSubject('思茅区')).toEqual({ name: '思茅区', kind: 'place', offset: 0 });
  });
  it('finds nothing in a run without a listed place', () => {
    expect(trimToSubject('青岚综合实验区')).toBeNull();
  });
});

describe('unlistedSubject', () => {
  it('reads a name that ends like a place, or like an organisation', () => {
    expect(unlistedSubject('青岚综合实验区')).toEqual({ name: '青岚综合实验区', kind: 'place', offset: 0 });
    expect(unlistedSubject('青岚新区管理委员会')).toEqual({ name: '青岚新区管理委员会', kind: 'org', offset: 0 });
  });
  it('refuses sentences, long runs and names with no such ending', () => {
    expect(unlistedSubject('现将我区的')).toBeNull();
    expect(unlistedSubject('按照要求现将青岚综合实验区')).toBeNull();
    expect(unlistedSubject('青'.repeat(21) + '区')).toBeNull();
    expect(unlistedSubject('青岚风景')).toBeNull();
  });
});

describe('findTitles', () => {
  it('reads "X 2017年 …年度报告": the organisation, its year, report', () => {
    expect(first('桃源县人民政府2017年政府信息公开工作年度报告\n正文')).toMatchObject({ name: '桃源县人民政府', kind: 'org', year: 2017, from: 'report', listed: true });
  });
  it('reads "2019年 X …年度报告"', () => {
    expect(first('2019年上海市人民政府办公厅政府信息公开工作年度报告\n正文')).toMatchObject({ name: '上海市人民政府办公厅', year: 2019 });
  });
  it('reads a title with the place on the line before its year (PDF titles)', () => {
    expect(first('淮安市人民政府\n2024 年政府信息公开工作年度报告\n')).toMatchObject({ name: '淮安市人民政府', year: 2024 });
  });
  it('reads a Chinese-digit year', () => {
    expect(first('思茅区二〇二二年度政府信息公开工作年度报告\n')).toMatchObject({ name: '思茅区', kind: 'place', year: 2022 });
  });
  it('writes X政府信息公开…统计表 with X a place as X人民政府, keeping the written form', () => {
    expect(first('2017年度桃源县政府信息公开工作统计表\n')).toMatchObject({ name: '桃源县人民政府', written: '桃源县政府', kind: 'org', from: 'table' });
  });
  it('puts the archiver 标题 line first, with offsets into the original', () => {
    const original = '标题: 思茅区2017年政府信息公开工作年度报告\n正文 桃源县人民政府2017年政府信息公开工作年度报告';
    const t = first(original.replace(/^标题.*$/m, (l) => ' '.repeat(l.length)), original)!;
    expect(t).toMatchObject({ name: '思茅区', from: 'header' });
    expect(original.slice(t.start, t.start + 3)).toBe('思茅区');
  });
  it('skips titles cited inside 《》', () => {
    expect(findTitles('根据《桃源县人民政府2016年政府信息公开工作年度报告》', '')).toEqual([]);
  });
  it('ranks a title naming a listed place before one read by its ending', () => {
    const t = findTitles('青岚综合实验区2019年政府信息公开工作年度报告\n附：\n桃源县人民政府2019年政府信息公开工作年度报告\n', '');
    expect(t.map((x) => [x.name, x.listed])).toEqual([['桃源县人民政府', true], ['青岚综合实验区', false]]);
  });
  it('finds a title far into a long text (the search windows follow every 政府信息公开)', () => {
    const text = '这是正文。'.repeat(50_000) + '\n思茅区2017年政府信息公开工作年度报告\n';
    expect(first(text)).toMatchObject({ name: '思茅区', year: 2017, start: text.indexOf('思茅区') });
  });
});

describe('governmentPart / normaliseGov', () => {
  it('keeps the government of an office’s name', () => {
    expect(governmentPart('昆明经济技术开发区管理委员会办公室')).toBe('昆明经济技术开发区管理委员会');
    expect(governmentPart('某某县政府办公室')).toBe('某某县人民政府');
    expect(governmentPart('某某县教育局')).toBeNull();
  });
  it('writes X政府 as X人民政府 and leaves 人民政府 alone', () => {
    expect(normaliseGov('临沂市政府办公室')).toBe('临沂市人民政府办公室');
    expect(normaliseGov('临沂市人民政府')).toBe('临沂市人民政府');
  });
});
