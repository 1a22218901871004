import { describe, expect, it } from 'vitest';
import { clean } from '../../../../../src/lib/parse/clean.ts';
import { detect } from '../../../../../src/lib/parse/detect.ts';
import { readMetadata } from '../../../../../src/lib/parse/metadata/index.ts';
import { cnDateToIso } from '../../../../../src/lib/parse/metadata/dates.ts';
import { readYear } from '../../../../../src/lib/parse/metadata/year.ts';
import { readPublished } from '../../../../../src/lib/parse/metadata/published.ts';
import { readIssuer } from '../../../../../src/lib/parse/metadata/issuer.ts';
import { isDepartment } from '../../../../../src/lib/parse/metadata/level.ts';

function meta(original: string) {
  const { text } = clean(original);
  return readMetadata(text, 'x.txt', detect(text), original);
}

const BODY = '\n一、概述\n本年度政府信息公开工作有序开展。\n';

describe('level rules', () => {
  it.each([
    ['桃源县人民政府2017年政府信息公开工作年度报告', 'county', '430725'],
    ['阿拉山口市人民政府2016年政府信息公开工作年度报告', 'county', '652702'], // county-level city
    ['淮安市人民政府\n2024 年政府信息公开工作年度报告', 'prefecture', '320800'],
    ['湖南省人民政府2018年政府信息公开工作年度报告', 'province', '430000'],
    ['2019年上海市人民政府办公厅政府信息公开工作年度报告', 'department', '310000'],
    ['淮安市财政局2020年政府信息公开工作年度报告', 'department', '320800'],
    ['2016年昆明经济技术开发区政府信息公开工作年度报告', 'development-zone', null],
    ['平潭综合实验区2013年政府信息公开工作年度报告', 'development-zone', null],
    ['桃源县漳江镇人民政府2018年政府信息公开工作年度报告', 'township', null],
  ])('%s → %s', (title, level, adcode) => {
    const m = meta(title + BODY);
    expect(m.level).toBe(level);
    expect(m.adcode).toBe(adcode);
    expect(m.sources.level).toBeDefined();
  });
  it('does not make a report a department\'s because an office compiled it', () => {
    expect(isDepartment('上海市人民政府办公厅')).toBe(true);
    expect(isDepartment('临沂市人民政府')).toBe(false);
    expect(isDepartment('昆明经济技术开发区管理委员会')).toBe(false);
    const m = meta('临沂市政府信息公开工作“成绩单”\n今年以来，临沂市政府办公室按照国办发[2014]12号文件要求开展工作。');
    expect(m).toMatchObject({ issuer: '临沂市人民政府办公室', level: 'prefecture', adcode: '371300', kind: 'scorecard', template: 'none' });
  });
});

describe('places in metadata', () => {
  it('department: its government\'s code, no prefecture for a 直辖市', () => {
    expect(meta('2019年上海市人民政府办公厅政府信息公开工作年度报告' + BODY)).toMatchObject({
      issuer: '上海市人民政府办公厅', jurisdiction: '上海市', province: '上海市', prefecture: null, adcode: '310000', level: 'department',
    });
  });
  it('extra places: zone with prefecture, zone directly under the province', () => {
    expect(meta('2016年昆明经济技术开发区政府信息公开工作年度报告' + BODY + '昆明经济技术开发区管理委员会办公室\n2017年1月16日\n')).toMatchObject({
      issuer: '昆明经济技术开发区管理委员会', jurisdiction: '昆明经济技术开发区', province: '云南省', prefecture: '昆明市', adcode: null,
    });
    const pt = meta('平潭综合实验区2011年政府信息公开工作年度报告 我县进一步加强政府信息公开工作。');
    expect(pt).toMatchObject({ issuer: '平潭综合实验区', jurisdiction: '平潭综合实验区', province: '福建省', prefecture: null, adcode: null, level: 'development-zone' });
    expect(pt.sources.adcode?.how).toBe('places-table');
  });
  it('the title decides between 平潭县 and the zone', () => {
    expect(meta('平潭县人民政府2011年政府信息公开工作年度报告 平潭综合实验区管委会门户网站')).toMatchObject({ adcode: '350128', prefecture: '福州市', level: 'county' });
  });
  it('an ambiguous county name stays without a code', () => {
    const m = meta('鼓楼区人民政府2019年政府信息公开工作年度报告' + BODY);
    expect(m).toMatchObject({ issuer: '鼓楼区人民政府', jurisdiction: '鼓楼区', adcode: null, province: null, prefecture: null, level: 'county' });
  });
  it('an ambiguous county name is resolved by the text\'s own context', () => {
    expect(meta('鼓楼区人民政府2019年政府信息公开工作年度报告\n根据《福建省政府信息公开办法》编制。').adcode).toBe('350102');
    expect(meta('鼓楼区人民政府2019年政府信息公开工作年度报告\n联系电话：0591-87000000').adcode).toBe('350102');
  });
});

describe('issuer', () => {
  it('trims the title run to the organisation', () => {
    const r = readIssuer('现就阿拉山口市人民政府2016年政府信息公开工作年度报告如下。', '');
    expect(r.issuer).toBe('阿拉山口市人民政府');
    expect(r.source).toMatchObject({ how: 'text', start: 2, end: 11 });
  });
  it('uses the signature line when the title names a place', () => {
    const t = '特编制思茅区2017年政府信息公开工作年度报告。\n正文\n普洱市思茅区人民政府\n2018年2月8日\n';
    expect(readIssuer(t, t).issuer).toBe('普洱市思茅区人民政府');
  });
  it('X政府 in a table title is the government, written formally', () => {
    const r = readIssuer('2017年度桃源县政府信息公开工作统计表', '');
    expect(r.issuer).toBe('桃源县人民政府');
    expect(r.source?.how).toBe('inferred');
  });
  it('ignores report titles cited inside 《》', () => {
    const t = '根据《云南省人民政府办公厅关于做好2017年政府信息公开工作年度报告编制工作的通知》，特编制思茅区2017年政府信息公开工作年度报告。';
    expect(readIssuer(t, t).subject).toBe('思茅区');
  });
  it('reads the archiver 标题 line from the original text', () => {
    const original = '标题: 平潭综合实验区2015年度政府信息公开工作年度报告\n发布时间: 2016-01-12 16:08\n==================== 正文 ====================\n本报告由我区管委会办公室编制完成。';
    const m = meta(original);
    expect(m).toMatchObject({ issuer: '平潭综合实验区', year: 2015, published: '2016-01-12' });
  });
});

describe('year', () => {
  it('is the statistics year of the title, not the publication year', () => {
    const t = '桃源县人民政府2017年度政府信息公开工作年度报告\n2018年3月19日\n';
    expect(readYear(t, t)).toMatchObject({ year: 2017, inferred: false });
  });
  it('falls back to the statistics period', () => {
    const t = '本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。';
    expect(readYear(t, t)).toMatchObject({ year: 2016, inferred: false });
  });
  it('infers the latest cited year when the text speaks of the present but prints no report year', () => {
    const t = '今年以来，按照国办发[2014]12号、鲁政办发【2014】22号文件要求，从2013年起逐步推进。';
    const y = readYear(t, t);
    expect(y).toMatchObject({ year: 2014, inferred: true });
    expect(y.source?.how).toBe('inferred');
    const m = meta('临沂市政府信息公开工作“成绩单”\n' + t);
    expect(m).toMatchObject({ year: 2014, yearInferred: true });
  });
  it('never guesses: no year in the text → null', () => {
    const t = '临沂市政府办公室高度重视政府信息公开工作，今年以来认真抓好落实。';
    expect(readYear(t, t)).toEqual({ year: null, inferred: false, source: null });
    expect(meta(t)).toMatchObject({ year: null, yearInferred: false, published: null });
  });
  it('does not infer from cited years alone (no 今年/本年)', () => {
    const t = '根据国办发〔2014〕12号文件开展工作。';
    expect(readYear(t, t).year).toBeNull();
  });
});

describe('published', () => {
  it('prefers the page header to the signature', () => {
    const original = '标题: 平潭综合实验区2011年政府信息公开工作年度报告\n发布时间: 2012-04-11 00:00\n正文。 二○一二年二月二十日 附件1：统计表';
    expect(readPublished(clean(original).text, original).published).toBe('2012-04-11');
  });
  it('reads a signature date with ○ as zero', () => {
    const t = '考核工作常规化、日常化。 二○一二年二月二十日 附件1：统计表';
    expect(readPublished(t, t)).toMatchObject({ published: '2012-02-20', source: { how: 'text', note: 'signature date' } });
  });
  it('reads a signature after the signing body', () => {
    const t = '正文。\n平潭县人民政府 2013年1月16日\n附件1';
    expect(readPublished(t, t).published).toBe('2013-01-16');
  });
  it('reads 填报日期', () => {
    const t = '正文。\n单位负责人:某某\n联系电话:0909-6998080 填报日期:2017年3月10日';
    expect(readPublished(t, t).published).toBe('2017-03-10');
  });
  it('does not take the statistics period as a publication date', () => {
    const t = '报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。\n一、总体情况';
    expect(readPublished(t, t)).toEqual({ published: null, source: null });
  });
  it('parses Chinese-numeral dates', () => {
    expect(cnDateToIso('二〇一八', '三', '十九')).toBe('2018-03-19');
    expect(cnDateToIso('二○一四', '一', '十')).toBe('2014-01-10');
    expect(cnDateToIso('二〇二〇', '十二', '三十一')).toBe('2020-12-31');
    expect(cnDateToIso('2018', '13', '1')).toBeNull();
  });
});


describe('a place in no code list (issue 8)', () => {
  // a development zone of no list: the archiver's header, a 2019 title, published in 2020, a body
  // that speaks of 今年 and of 2020
  const REPORT =
    '标题: 青岚综合实验区2019年度政府信息公开工作年度报告\n发布时间: 2020-01-20 15:22\n==================== 正文 ====================\n' +
    '青岚综合实验区2019年政府信息公开工作年度报告\n根据《条例》要求编制本报告。今年我区继续推进政务公开，2020年将进一步加强。\n' +
    '一、总体情况\n本年新收政府信息公开申请12件。\n';
  it('takes issuer and place from the title, not unknown', () => {
    const m = meta(REPORT);
    expect(m).toMatchObject({ issuer: '青岚综合实验区', jurisdiction: '青岚综合实验区', adcode: null, province: null, level: 'development-zone' });
    expect(m.sources.jurisdiction).toMatchObject({ how: 'text' });
  });
  it('takes the year the title states, not one inferred from the date of publication or the body', () => {
    const m = meta(REPORT);
    expect(m).toMatchObject({ year: 2019, yearInferred: false, published: '2020-01-20' });
  });
  it('reads a body title naming the zone’s government: issuer the 管理委员会, place the zone', () => {
    const m = meta('青岚新区管理委员会2019年政府信息公开工作年度报告\n根据《条例》编制。今年……2020年……' + BODY);
    expect(m).toMatchObject({ issuer: '青岚新区管理委员会', jurisdiction: '青岚新区', level: 'development-zone', year: 2019, yearInferred: false });
  });
  it('takes the government of an unlisted township from its signature line', () => {
    const m = meta('青岚镇2019年度政府信息公开工作年度报告\n今年我镇……' + BODY + '青岚镇人民政府\n2020年1月15日\n');
    expect(m).toMatchObject({ issuer: '青岚镇人民政府', jurisdiction: '青岚镇', level: 'township', year: 2019 });
  });
  it('does not take a sentence for a title: a name in running text stays unread', () => {
    const m = meta('按照要求，现将青岚综合实验区2019年政府信息公开工作年度报告公布如下。' + BODY);
    expect(m.jurisdiction).toBeNull();
  });
});
