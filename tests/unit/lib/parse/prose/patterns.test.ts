// Prose patterns on small inline sentences: what they take, and what they must leave alone.
import { describe, expect, it } from 'vitest';
import type { Detected } from '../../../../../src/lib/parse/detect.ts';
import { emptyExtraction } from '../../../../../src/lib/parse/extraction.ts';
import { readProse } from '../../../../../src/lib/parse/prose/index.ts';
import { clean } from '../../../../../src/lib/parse/clean.ts';
import { proseFigures } from '../../../../../src/lib/parse/prose/scan.ts';

const D2014: Detected = { template: 'pre2019', variant: '2014', kind: 'annual-report' };
const DLEGACY: Detected = { template: 'pre2019', variant: '2008-2013', kind: 'annual-report' };
const DNONE: Detected = { template: 'none', variant: null, kind: 'scorecard' };
const DPOST: Detected = { template: 'post2019', variant: '2021', kind: 'annual-report' };

const values = (text: string, d: Detected = D2014) => readProse(text, d, emptyExtraction()).values;

describe('active disclosure', () => {
  it('takes the annual total, not cumulative or per-unit figures', () => {
    expect(values('2017年主动公开政府信息7718条，累计公开23544条。')).toEqual({ 'active.total': 7718 });
    expect(values('2017年,桃源县累计主动公开政府信息135000条。')).toEqual({});
    expect(values('其中主动公开政府信息425条。县直各单位主动公开政府信息303条。各乡镇主动公开政府信息122条。')).toEqual({ 'active.total': 425 });
  });
  it('channels and normative documents', () => {
    expect(values('其中公开规范性文件数25条，制发规范性文件总数14件。通过政务微博公开政府信息数3204条，政务微信公开政府信息数345条，其他方式公开政府信息数166条。')).toEqual({
      'active.normative_docs': 25,
      'active.normative_docs_issued': 14,
      'active.channel.weibo': 3204,
      'active.channel.wechat': 345,
      'active.channel.other': 166,
    });
  });
  it('does not read category counts as normative documents', () => {
    expect(values('政策、规范性文件类信息21条，规划计划类信息21条。')).toEqual({});
  });
});

describe('responses', () => {
  it('press conferences and the leaders among them', () => {
    expect(values('先后组织了《若干意见》等7次新闻发布会，其中主要负责人参加新闻发布会3次。')).toEqual({
      'response.press_conferences': 7,
      'response.press_conferences.leaders': 3,
    });
    expect(values('今年以来，以市政府名义举办了7场新闻发布会。', DNONE)).toEqual({ 'response.press_conferences': 7 });
  });
  it('online interviews are not confused with the leaders row', () => {
    expect(values('主要负责同志参加政府网站在线访谈次数2次。')).toEqual({ 'response.online_interviews.leaders': 2 });
    expect(values('共发布政策解读稿件4篇，在线访谈1次。')).toEqual({ 'response.policy_interpretations': 4, 'response.online_interviews': 1 });
  });
  it('approximate figures are flagged', () => {
    const r = readProse('截至11月底，已发布40余条政策解读信息。', DNONE, emptyExtraction());
    expect(r.values).toEqual({ 'response.policy_interpretations': 40 });
    expect(r.provenance['response.policy_interpretations']!.flags).toEqual(['approximate']);
  });
  it('hot topics, Weibo/WeChat and other responses', () => {
    expect(values('回应公众关注热点或重大舆情6次，通过政务微博、微信回应65次，其他方式回应14次。')).toEqual({
      'response.hot_topics': 6,
      'response.weibo_wechat': 65,
      'response.other': 14,
    });
  });
});

describe('requests', () => {
  it('received, by channel, answered', () => {
    expect(values('共受理政府信息公开申请210件。其中当面申请168件，传真申请2件，信函申请16件。在已经答复的210件申请中，“同意公开”的205件。')).toEqual({
      'requests.received': 210,
      'requests.received.in_person': 168,
      'requests.received.fax': 2,
      'requests.received.mail': 16,
      'requests.answered.granted': 205,
    });
    expect(values('全市收到1件依申请公开政府信息申请。')).toEqual({ 'requests.received': 1 });
  });
  it('"no requests" sentences give 0, but not sentences about 复议', () => {
    expect(values('2016年，经开区未接到区内企业和个人申请公开的要求。')).toEqual({ 'requests.received': 0 });
    expect(values('2015年我区未收到有关政府信息公开行政复议、提起行政诉讼的申请。')).toEqual({});
  });
  it('e-mail and web requests are legacy ids, only for 2008–2013 reports', () => {
    const s = '电子邮件申请10件，网上申请14件。';
    expect(values(s, D2014)).toEqual({});
    expect(values(s, DLEGACY)).toEqual({ 'legacy.requests.received.email': 10, 'legacy.requests.received.web': 14 });
  });
  it('同意公开 is not 不同意公开 or 同意部分公开', () => {
    expect(values('不同意公开答复数3件，同意部分公开答复数2件。')).toEqual({ 'requests.answered.denied': 3, 'requests.answered.partial': 2 });
  });
});

describe('litigation', () => {
  it('outcomes only inside a 行政诉讼 sentence', () => {
    expect(values('2016年，参与行政诉讼7起，维持具体行政行为或驳回原告诉讼请求4起，其他情形3起。')).toEqual({
      'litigation.total': 7,
      'litigation.upheld': 4,
      'litigation.other': 3,
    });
    expect(values('行政复议2起，其他情形1起。')).toEqual({});
  });
});

describe('organisation, budget, training', () => {
  it('staff, units, reading points, budget', () => {
    expect(
      values('政府信息公开工作专门机构有3个，设置政府信息公开查阅点2个，从事政府信息公开工作人员11人，专职人员(不包括政府公报及政府网站工作人员)2人，兼职人员22人。政府信息公开专项经费共计(不包括用于政府公报编辑管理及政府网站建设维护等方面的经费) 1万元。'),
    ).toEqual({ 'org.units': 3, 'org.reading_points': 2, 'org.staff': 11, 'org.staff.full_time': 2, 'org.staff.part_time': 22, 'org.budget': 1 });
    expect(values('全市政府系统共配备政府信息公开工作人员1610名，其中，全职人员651名，兼职人员959名。', DNONE)).toEqual({
      'org.staff': 1610,
      'org.staff.full_time': 651,
      'org.staff.part_time': 959,
    });
  });
  it('converts 元 to 万元 when 元 is printed', () => {
    const r = readProse('政府信息公开专项经费5000元。', D2014, emptyExtraction());
    expect(r.values['org.budget']).toBe(0.5);
    expect(r.provenance['org.budget']!.flags).toEqual(['unit-converted']);
  });
  it('meetings and trainees; not vague trainee counts', () => {
    expect(values('全年召开政府信息公开工作会议或专题会议2次，共计175人接受信息公开业务培训。')).toEqual({ 'training.meetings': 2, 'training.trainees': 175 });
    expect(values('共计180余人进行了培训。', DNONE)).toEqual({});
  });
  it('Chinese numerals are read and flagged', () => {
    const r = readProse('全年召开政府信息公开工作会议两次。', D2014, emptyExtraction());
    expect(r.values).toEqual({ 'training.meetings': 2 });
    expect(r.provenance['training.meetings']!.flags).toEqual(['chinese-numeral']);
  });
});

describe('reading rules', () => {
  it('two different figures for one id give no value but an ambiguous gap', () => {
    const r = readProse('2016年主动公开政府信息449条。2016年主动公开政府信息500条。', D2014, emptyExtraction());
    expect(r.values).toEqual({});
    expect(r.gaps).toEqual([expect.objectContaining({ id: 'active.total', reason: 'ambiguous', candidates: [449, 500] })]);
  });
  it('spans point at the printed figure', () => {
    const text = '经统计，2016年主动公开政府信息数449条。';
    const [f] = proseFigures(text, D2014);
    expect(text.slice(f!.start, f!.end)).toBe('449');
  });
  it('page views are a legacy id', () => {
    expect(values('2011年政府信息公开专栏访问量达11460人次。', DLEGACY)).toEqual({ 'legacy.consult.page_views': 11460 });
    expect(values('2017年度政府信息公开专栏访问量95000人次。', D2014)).toEqual({});
  });
  it('post-2019 reports are not read here', () => {
    expect(values('2021年主动公开政府信息449条。', DPOST)).toEqual({});
  });
  it('the statistics table is not read as prose', () => {
    expect(values('指标名称计量单位2011年度历年累计主动公开信息数条4251516对申请的答复数条00', DLEGACY)).toEqual({});
  });
});

describe('thousands separators in sentences', () => {
  it('12,345 and full-width １，２３４ are one figure each; 1,2 is none', () => {
    const t = clean('2017年主动公开政府信息12,345条。收到政府信息公开申请１，２３４件。').text;
    expect([values(t), values('主动公开政府信息1,2条。')]).toEqual([{ 'active.total': 12345, 'requests.received': 1234 }, {}]);
  });
});


describe('figure-first patterns', () => {
  it('name the words they need: a text without one is not scanned, and no match lacks one', async () => {
    const { COMPILED } = await import('../../../../../src/lib/parse/prose/patterns.ts');
    const examples: Record<string, string> = {
      'response.press_conferences': '全年举办12次新闻发布会',
      'response.policy_interpretations': '发布36篇政策解读稿件',
      'training.trainees': '共有120人次接受信息公开业务培训',
    };
    const first = COMPILED.filter((p) => p.source.startsWith('{N}'));
    expect(first.map((p) => p.id).sort()).toEqual(Object.keys(examples).sort());
    for (const p of first) {
      const text = examples[p.id]!;
      expect(p.needs!.length).toBeGreaterThan(0);
      expect(new RegExp(p.re.source).test(text)).toBe(true);
      for (const w of p.needs!) expect(new RegExp(p.re.source).test(text.replace(w, ''))).toBe(false);
    }
  });
});
