// The pre-2019 table reader on small inline tables, one per layout.
import { describe, expect, it } from 'vitest';
import { clean } from '../../../../../src/lib/parse/clean.ts';
import type { Detected } from '../../../../../src/lib/parse/detect.ts';
import { readPre2019Tables } from '../../../../../src/lib/parse/pre2019/index.ts';
import { locatePre2019Tables } from '../../../../../src/lib/parse/pre2019/locate.ts';

const D2014: Detected = { template: 'pre2019', variant: '2014', kind: 'annual-report' };
const DLEGACY: Detected = { template: 'pre2019', variant: '2008-2013', kind: 'annual-report' };

function read(text: string, d: Detected = D2014) {
  const t = clean(text).text;
  return { t, ...readPre2019Tables(t, d) };
}

describe('pipe-lines layout (one cell per line, | lines between)', () => {
  const text = [
    '统计指标', '|', '单位', '|', '统计数', '|',
    '一、主动公开情况', '|', '|', '|',
    '(一)主动公开政府信息数', '(不同渠道和方式公开相同信息计1条)', '|', '条', '|', '7718', '|',
    '5.其他方式回应事件数', '|', '次', '|', '|',
    '四、行政复议数量', '|', '件', '|', '|',
    '(二)被依法纠错数', '|', '件', '|', '0', '|',
    '五、行政诉讼数量', '|', '件', '|', '3', '|',
    '(二)被依法纠错数', '|', '件', '|', '1', '|',
    '专职人员数(不包括政府公报及政府网站工作人员数)', '|', '人', '|', '47', '|',
    '单位负责人:陈 奇 审核人:李志远',
  ].join('\n');
  const r = read(text);

  it('finds the table and its layout', () => {
    const [region] = locatePre2019Tables(r.t);
    expect(region?.layout).toBe('pipe-lines');
    expect(region?.ncol).toBe(1);
  });
  it('reads values by label, with the wrapped label joined', () => {
    expect(r.values['active.total']).toBe(7718);
    expect(r.values['org.staff.full_time']).toBe(47);
  });
  it('resolves 被依法纠错数 by its section', () => {
    expect(r.values['review.corrected']).toBe(0);
    expect(r.values['litigation.corrected']).toBe(1);
    expect(r.values['litigation.total']).toBe(3);
  });
  it('gives blank cells no value and a blank gap', () => {
    expect(r.values).not.toHaveProperty('review.total');
    expect(r.values).not.toHaveProperty('response.other');
    expect(r.gaps.map((g) => [g.id, g.reason])).toEqual(
      expect.arrayContaining([
        ['review.total', 'blank'],
        ['response.other', 'blank'],
      ]),
    );
  });
  it('records provenance spans that point at the printed number', () => {
    const p = r.provenance['active.total']!;
    expect(r.t.slice(p.start, p.end)).toBe('7718');
    expect(p).toMatchObject({ source: 'table', raw: '7718', cell: { table: 'stats', row: 'active.total' } });
  });
});

describe('pipe-rows layout (| a | b | c | per line)', () => {
  const text = [
    '| 统 计 指 标 | 单位 | 统计数 |',
    '| 一、主动公开情况 | —— | |',
    '| (一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条) | 条 | 135000 |',
    '| 其中:主要负责同志参加政府网站在线访谈次数 | 次 | |',
    '| 3.网络申请数 | 件 | 24 |',
    '| 4.不同意公开答复数 | 件 | - |',
    '| 七、依申请公开信息收取的费用 | 万元 | 0 |',
    '| (四)政府信息公开专项经费(不包括用于政府公报编辑管理及政府网站 建设维护等方面的经费) | 万元 | 20 |',
    '单位负责人: 庞波',
  ].join('\n');
  const r = read(text);
  it('reads each row', () => {
    expect(locatePre2019Tables(r.t)[0]?.layout).toBe('pipe-rows');
    expect(r.values).toEqual({
      'active.total': 135000,
      'requests.received.online': 24,
      'fees.total': 0,
      'org.budget': 20,
    });
  });
  it('blank and dash cells are gaps, not zeros', () => {
    expect(r.gaps.map((g) => [g.id, g.reason])).toEqual([
      ['response.online_interviews.leaders', 'blank'],
      ['requests.answered.denied', 'dash'],
    ]);
  });
});

describe('cell-pipe layout ("cell |" per line)', () => {
  const text = ['统 计 指 标 |', '单位 |', '统计数 |', '一、主动公开情况 |', '—— |', '—— |', '3.网络申请数 |', '件 |', '1 |', '六、举报投诉数量 |', '件 |', '无 |', '单位负责人:地力夏提'].join('\n');
  const r = read(text);
  it('reads values and none-words', () => {
    expect(locatePre2019Tables(r.t)[0]?.layout).toBe('cell-pipe');
    expect(r.values).toEqual({ 'requests.received.online': 1 });
    expect(r.gaps).toEqual([expect.objectContaining({ id: 'complaints.total', reason: 'none-word', raw: '无' })]);
  });
});

describe('space-separated rows (one row per line, 2014 form)', () => {
  const text = [
    '统计指标 单位 统计数',
    '一、主动公开情况 —— ——',
    '(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) 条 7718',
    '1.政府公报公开政府信息数 条 0',
    '2.政府网站公开政府信息数 条 6072',
    '5.其他方式回应事件数 次',
    '四、行政复议数量 件 /',
    '七、依申请公开信息收取的费用 元 3500',
    '(三)接受培训人员数 人次 120',
    '单位负责人:张三',
  ].join('\n');
  const r = read(text);
  it('reads rows, not the digit inside the parenthetical', () => {
    expect(r.values['active.total']).toBe(7718);
    expect(r.values['active.channel.gazette']).toBe(0);
    expect(r.values['active.channel.website']).toBe(6072);
    expect(r.values['training.trainees']).toBe(120);
  });
  it('a row without a value does not swallow the next label', () => {
    expect(r.gaps.map((g) => [g.id, g.reason])).toEqual(
      expect.arrayContaining([
        ['response.other', 'blank'],
        ['review.total', 'dash'],
      ]),
    );
  });
  it('converts 元 to 万元 only because 元 is printed', () => {
    expect(r.values['fees.total']).toBe(0.35);
    expect(r.provenance['fees.total']!.flags).toContain('unit-converted');
  });
});

describe('legacy form, space-separated in running text (annual | cumulative)', () => {
  const text =
    '二○一二年二月二十日 附件1：统计表 指标名称 计量 单位 2011 年度 历年累计 主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 2.政府公报公开 条 7 受理依申请公开信息总数 条 0 0 其中：1.当面申请数 条 0 0 2.电子邮件申请数 条 0 0 3.网上申请数 条 0 0 行政申诉数 条 0 0';
  const r = read(text, DLEGACY);
  it('takes the annual column only', () => {
    expect(r.values['active.total']).toBe(425);
    expect(r.values['active.channel.website']).toBe(418);
    expect(Object.values(r.values)).not.toContain(1516);
  });
  it('a single value under two columns is ambiguous, not a value', () => {
    expect(r.values).not.toHaveProperty('active.channel.gazette');
    expect(r.gaps).toContainEqual(expect.objectContaining({ id: 'active.channel.gazette', reason: 'ambiguous', candidates: [7] }));
  });
  it('maps 2008–2013 rows to legacy ids when the form has both 电子邮件 and 网上 rows', () => {
    expect(r.values['legacy.requests.received.email']).toBe(0);
    expect(r.values['legacy.requests.received.web']).toBe(0);
    expect(r.values).not.toHaveProperty('requests.received.online');
    expect(r.values['legacy.appeals.total']).toBe(0);
  });
});

describe('legacy form with fused cells', () => {
  const text =
    '附件1：统计表 指标名称计量单位2011年度历年累计主动公开信息数条4251516其中：1.网站公开条41815092.政府公报公开条77受理依申请公开信息总数条2121其中：1.当面申请数条18182.网上申请数条33对申请的答复数条00';
  const r = read(text, DLEGACY);
  it('splits annual | cumulative with the 其中 sums and cuts the fused row number', () => {
    expect(r.values['active.total']).toBe(425);
    expect(r.values['active.channel.website']).toBe(418);
    expect(r.values['active.channel.gazette']).toBe(7);
    expect(r.values['requests.received']).toBe(21);
    expect(r.values['requests.received.in_person']).toBe(18);
    expect(r.values['requests.received.online']).toBe(3);
    expect(r.values['requests.answered']).toBe(0);
  });
  it('flags decoded values and spans the annual digits inside the run', () => {
    const p = r.provenance['active.channel.website']!;
    expect(p.flags).toContain('decoded');
    expect(p.raw).toBe('418');
    expect(r.t.slice(p.start, p.end)).toBe('418');
    expect(r.t.slice(p.end, p.end + 5)).toBe('15092');
  });
  it('leaves a run with several readings and no deciding evidence ambiguous', () => {
    const amb = read('指标名称计量单位2012年度历年累计行政复议数条1213', DLEGACY);
    expect(amb.values).toEqual({});
    expect(amb.gaps).toEqual([expect.objectContaining({ id: 'review.total', reason: 'ambiguous', candidates: [1, 12] })]);
  });
  it('uses the same indicator’s prose figure to break a tie', () => {
    const hinted = read('2012年主动公开政府信息2026条。 指标名称计量单位2012年度历年累计主动公开信息数条20263542', DLEGACY);
    expect(hinted.values['active.total']).toBe(2026);
  });
});

describe('no table', () => {
  it('returns nothing for a prose-only report', () => {
    const r = read('2016年主动公开政府信息数449条，其中公开规范性文件数25条。');
    expect(r.values).toEqual({});
    expect(r.gaps).toEqual([]);
  });
});

describe('2014 form with fused cells (one value column)', () => {
  const text = '统计指标单位统计数(二)通过不同渠道和方式公开政府信息的情况1.政府公报公开政府信息数条02.政府网站公开政府信息数条60723.政务微博公开政府信息数条97';
  const r = read(text);
  it('cuts the next row number off each value', () => {
    expect(r.values).toEqual({ 'active.channel.gazette': 0, 'active.channel.website': 6072, 'active.channel.weibo': 97 });
    expect(r.provenance['active.channel.website']!.flags).toEqual(['decoded']);
    expect(r.provenance['active.channel.weibo']!.flags).toEqual([]);
  });
});

describe('running text with thousands separators', () => {
  // found by the report generator: "52,104" was read as 52 (the row's first cell) and ",104" as a new row
  it('reads 52,104 and full-width ５２，１０４ as one cell each', () => {
    const row = (v: string, w: string) => `指标名称 单位 2016年度\n一、主动公开情况\n(一)主动公开政府信息数(不同渠道和方式公开相同信息计1条) 条 ${v}\n其中:主动公开规范性文件数 条 ${w}\n制发规范性文件总数 件 3\n单位负责人：张三`;
    const pick = (t: string) => {
      const v = read(t).values;
      return [v['active.total'], v['active.normative_docs'], v['active.normative_docs_issued']];
    };
    expect([pick(row('52,104', '1,012')), pick(row('５２，１０４', '１，０１２'))]).toEqual([[52104, 1012, 3], [52104, 1012, 3]]);
  });
});
