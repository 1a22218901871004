// Row label normalisation and label → id matching.
import { describe, expect, it } from 'vitest';
import { candidates, matchRow, normaliseLabel, stripUnit } from '../../../../../src/lib/parse/pre2019/rows.ts';

describe('normaliseLabel', () => {
  it('drops numbering, 其中 and parentheticals', () => {
    expect(normaliseLabel('(一)主动公开政府信息数\n(不同渠道和方式公开相同信息计1条)')).toBe('主动公开政府信息数');
    expect(normaliseLabel('其中:涉及国家秘密')).toBe('涉及国家秘密');
    expect(normaliseLabel('其中:1.网站公开')).toBe('网站公开');
    expect(normaliseLabel('2、政府公报公开数')).toBe('政府公报公开数');
    expect(normaliseLabel('四、行政复议数量')).toBe('行政复议数量');
    expect(normaliseLabel('专职人员数(不包括政府公报及政府网站工作人员数)')).toBe('专职人员数');
  });
  it('strips a trailing unit', () => {
    expect(stripUnit('主动公开信息数条')).toEqual({ label: '主动公开信息数', unit: '条' });
    expect(stripUnit('收费减免金额元')).toEqual({ label: '收费减免金额', unit: '元' });
  });
});

describe('matchRow', () => {
  const ctx = (labels: string[] = [], section: string | null = null) => ({ section, allLabels: labels.map(normaliseLabel) });
  it('matches catalog zh, aliases and local-form variants', () => {
    expect(matchRow('七、依申请公开信息收取的费用', ctx())?.id).toBe('fees.total');
    expect(matchRow('主动公开文件数条', ctx())?.id).toBe('active.total');
    expect(matchRow('3、否决公开答复数', ctx())?.id).toBe('requests.answered.denied');
    expect(matchRow('3、信函、传真申请数', ctx())?.id).toBe('requests.received.mail');
    expect(matchRow('行政申诉数', ctx())?.id).toBe('legacy.appeals.total');
  });
  it('never matches rows the catalog has no id for', () => {
    expect(matchRow('4、其他类型答复数', ctx())).toBeNull();
    expect(matchRow('政府信息公开收费减免金额元', ctx())).toBeNull();
    expect(matchRow('接受行政诉讼、举报数', ctx())).toBeNull();
  });
  it('needs the section for 其他情形数', () => {
    expect(candidates('(三)其他情形数').map((c) => c.id).sort()).toEqual(['litigation.other', 'review.other']);
    expect(matchRow('(三)其他情形数', ctx())).toBeNull();
    expect(matchRow('(三)其他情形数', ctx([], '五、行政诉讼数量'))?.id).toBe('litigation.other');
  });
  it('网上申请数 is the legacy row only next to an 电子邮件 row', () => {
    expect(matchRow('网上申请数', ctx(['电子邮件申请数', '网上申请数']))?.id).toBe('legacy.requests.received.web');
    expect(matchRow('网上申请数', ctx(['当面申请数', '网上申请数']))?.id).toBe('requests.received.online');
  });
});
