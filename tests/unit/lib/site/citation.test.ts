import { describe, expect, it } from 'vitest';
import { indicatorCitation, placeCitation, reportCitation } from '../../../../src/lib/site/citation.ts';
import { contentVersion, recordsVersion } from '../../../../src/lib/site/content-version.ts';

const REL = '0.1.0+abcdef01';
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
    expect(field(c, '数据版本')?.value).toBe('数据版本 0.1.0+abcdef01');
    expect(c.text).toBe(
      '平潭综合实验区管委会办公室. 平潭综合实验区 2023 年政府信息公开工作年度报告[EB/OL]. (2024-03-08). https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm. 数据见：年报对比 Nianbao, https://nianbao.cn/reports/pingtan-zone-2023/ (数据版本 0.1.0+abcdef01).',
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
    expect(c.text).toBe('年报对比 Nianbao. 平潭综合实验区政府信息公开工作年度报告数据（2011–2023 年）[DB/OL]. https://nianbao.cn/places/pingtan-zone/ (数据版本 0.1.0+abcdef01).');
  });
  it('a chart citation carries the year of the view it cites', () => {
    const c = indicatorCitation({ id: 'requests.received', zh: '收到申请数', year: 2017 }, ORIGIN, REL);
    expect(field(c, '本站地址')?.href).toBe('https://nianbao.cn/indicators/requests.received/?year=2017');
    expect(field(c, '题名')?.value).toBe('收到申请数：各地对比（2017 年）');
  });
});

describe('contentVersion', () => {
  it('a page cites its own data: changing one record leaves the other report’s citation as it was', () => {
    const a = { id: 'a-2023', values: { x: 1 } };
    const b = { id: 'b-2023', values: { x: 2 } };
    const cite = (r: typeof a) => reportCitation({ ...PT, id: r.id }, ORIGIN, contentVersion('0.1.0', r)).text;
    const before = [cite(a), cite(b)];
    const b2 = { ...b, values: { x: 3 } };
    expect(cite(a)).toBe(before[0]);
    expect(cite(b2)).not.toBe(before[1]);
  });
  it('is the package version plus 8 hex digits, independent of key order', () => {
    expect(contentVersion('0.1.0', { a: 1, b: [1, { c: 2, d: null }] })).toMatch(/^0\.1\.0\+[0-9a-f]{8}$/);
    expect(contentVersion('0.1.0', { b: [1, { d: null, c: 2 }], a: 1 })).toBe(contentVersion('0.1.0', { a: 1, b: [1, { c: 2, d: null }] }));
    expect(contentVersion('0.1.0', { a: 1 })).not.toBe(contentVersion('0.1.0', { a: 2 }));
  });
  it('from record hashes (summary.hash): the same hashes give the same version, a changed hash another, an unknown hash hashes the data', () => {
    const a = recordsVersion('0.1.0', ['aa11', 'bb22'], () => null);
    expect(a).toMatch(/^0\.1\.0\+[0-9a-f]{8}$/);
    expect(recordsVersion('0.1.0', ['aa11', 'bb22'], () => null)).toBe(a);
    expect(recordsVersion('0.1.0', ['aa11', 'bb23'], () => null)).not.toBe(a);
    expect(recordsVersion('0.1.0', ['aa11', undefined], () => ({ a: 1 }))).toBe(contentVersion('0.1.0', { a: 1 }));
  });
});
