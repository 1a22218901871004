import { describe, expect, it } from 'vitest';
import { indicatorCitation, placeCitation, reportCitation } from '../../../../src/lib/site/citation.ts';
import { makeRelease } from '../../../../src/lib/site/release.ts';

const REL = makeRelease('0.1.0', 'abcdef0123', new Date('2026-12-01T10:00:00Z'));
const ORIGIN = 'https://nianbao.cn';
const PT = {
  id: 'pingtan-zone-2023',
  title: '平潭综合实验区 2023 年政府信息公开工作年度报告',
  issuer: '平潭综合实验区管委会办公室',
  year: 2023,
  published: '2024-03-08',
  sourceUrl: 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm',
  fetchedAt: null,
};

const field = (c: { fields: Array<{ label: string; value: string; href?: string }> }, label: string) => c.fields.find((f) => f.label === label);

describe('reportCitation', () => {
  it('names title, issuer, year, the original address, our permanent address and the data version', () => {
    const c = reportCitation(PT, ORIGIN, REL);
    expect(c.fields.map((f) => f.label)).toEqual(['题名', '发布机关', '年度', '发布日期', '原文链接', '本站地址', '数据版本']);
    expect(field(c, '原文链接')).toEqual({ label: '原文链接', value: PT.sourceUrl, href: PT.sourceUrl });
    expect(field(c, '本站地址')?.href).toBe('https://nianbao.cn/reports/pingtan-zone-2023/');
    expect(field(c, '数据版本')?.value).toBe('数据版本 0.1.0+abcdef01，2026-12-01 生成');
    expect(c.text).toBe(
      '平潭综合实验区管委会办公室. 平潭综合实验区 2023 年政府信息公开工作年度报告[EB/OL]. (2024-03-08). https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm. 数据见：年报对比 Nianbao, https://nianbao.cn/reports/pingtan-zone-2023/ (数据版本 0.1.0+abcdef01，2026-12-01 生成).',
    );
  });

  it('says what is not recorded instead of inventing it, and adds the fetch date when known', () => {
    const c = reportCitation({ ...PT, issuer: null, published: null, sourceUrl: null, year: null }, ORIGIN, REL);
    expect(field(c, '原文链接')).toEqual({ label: '原文链接', value: '未记录' });
    expect(field(c, '发布机关')?.value).toBe('未能识别');
    expect(field(c, '年度')?.value).toBe('年份不明');
    expect(c.text.startsWith(`${PT.title}[EB/OL]. 数据见：`)).toBe(true);
    const f = reportCitation({ ...PT, fetchedAt: '2026-11-30T08:00:00.000Z' }, ORIGIN, REL);
    expect(field(f, '采集日期')?.value).toBe('2026-11-30');
    expect(f.text).toContain('(2024-03-08)[2026-11-30].');
  });
});

describe('place and chart citations', () => {
  it('cite the compilation with the years it covers', () => {
    const c = placeCitation({ key: 'pingtan-zone', name: '平潭综合实验区', years: [2023, 2011, 2017] }, ORIGIN, REL);
    expect(field(c, '题名')?.value).toBe('平潭综合实验区政府信息公开工作年度报告数据（2011–2023 年）');
    expect(field(c, '本站地址')?.href).toBe('https://nianbao.cn/places/pingtan-zone/');
    expect(c.text).toBe('年报对比 Nianbao. 平潭综合实验区政府信息公开工作年度报告数据（2011–2023 年）[DB/OL]. (2026-12-01). https://nianbao.cn/places/pingtan-zone/ (数据版本 0.1.0+abcdef01).');
  });
  it('a chart citation carries the year of the view it cites', () => {
    const c = indicatorCitation({ id: 'requests.received', zh: '收到申请数', year: 2017 }, ORIGIN, REL);
    expect(field(c, '本站地址')?.href).toBe('https://nianbao.cn/indicators/requests.received/?year=2017');
    expect(field(c, '题名')?.value).toBe('收到申请数：各地对比（2017 年）');
  });
});
