import { describe, expect, it } from 'vitest';
import { sourceInfoOf } from '../../../../src/lib/records/source-info.ts';

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
