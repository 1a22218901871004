import { describe, expect, it } from 'vitest';
import { headerUrl, sourceInfoOf, withHeaderUrl } from '../../../../src/lib/records/source-info.ts';

describe('what a report page shows about its source', () => {
  it('carries the collector’s original URL, list page and fetch time', () => {
    expect(
      sourceInfoOf({ file: 'a.html', source: 'http://x.gov.cn/old', format: 'html', original: '', notes: 'n', url: 'http://x.gov.cn/nb/a.html', list_url: 'http://x.gov.cn/nb/', fetched_at: '2026-12-01T08:00:00.000Z' }),
    ).toEqual({ source: 'http://x.gov.cn/old', format: 'html', original: '', notes: 'n', url: 'http://x.gov.cn/nb/a.html', listUrl: 'http://x.gov.cn/nb/', fetchedAt: '2026-12-01T08:00:00.000Z' });
  });

  it('links only http(s) addresses and leaves rows without the collector’s columns as they were', () => {
    expect(sourceInfoOf({ source: 's', format: 'text', original: '', notes: '', url: 'javascript:alert(1)', list_url: 'not a url' })).toEqual({ source: 's', format: 'text', original: '', notes: '' });
    expect(sourceInfoOf({ source: 'project seed', format: 'text' })).toEqual({ source: 'project seed', format: 'text', original: '', notes: '' });
  });
});

const ARCHIVED = '标题: 某县2023年政府信息公开工作年度报告\n发布时间: 2024-01-10 00:00\n原文链接: https://www.x.gov.cn/nb/t20240110_1.htm\n本地目录: nb/1\n==================== 正文 ====================\n本报告……详见 https://www.x.gov.cn/other.htm\n';

describe('the original URL from an archived text’s header', () => {
  it('reads 原文链接 from the header above 正文, never a link inside the report', () => {
    expect(headerUrl(ARCHIVED)).toBe('https://www.x.gov.cn/nb/t20240110_1.htm');
    expect(headerUrl('原文链接: https://www.x.gov.cn/a.htm\n没有分隔行的正文')).toBeNull();
    expect(headerUrl('正文……\n==== 正文 ====\n原文链接: https://www.x.gov.cn/a.htm')).toBeNull();
    expect(headerUrl('原文链接: javascript:alert(1)\n==== 正文 ====\n')).toBeNull();
  });

  it('fills only a url the sources.csv row lacks', () => {
    expect(withHeaderUrl(sourceInfoOf({ source: 's', format: 'text' }), ARCHIVED)).toEqual({ source: 's', format: 'text', original: '', notes: '', url: 'https://www.x.gov.cn/nb/t20240110_1.htm' });
    expect(withHeaderUrl(sourceInfoOf({ source: 's', url: 'https://www.x.gov.cn/moved.htm' }), ARCHIVED)?.url).toBe('https://www.x.gov.cn/moved.htm');
    expect(withHeaderUrl(null, ARCHIVED)).toEqual({ source: '', format: '', original: '', notes: '', url: 'https://www.x.gov.cn/nb/t20240110_1.htm' });
    expect(withHeaderUrl(null, '没有页眉的正文')).toBeNull();
  });
});
