import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, configuredSite, siteOrigin } from '../../../../src/lib/site/site-url.ts';

describe('site URL', () => {
  it('is NIANBAO_SITE when set, else the default; never the placeholder', () => {
    expect(configuredSite({})).toBe(DEFAULT_SITE);
    expect(configuredSite({ NIANBAO_SITE: 'https://data.example.cn/' })).toBe('https://data.example.cn');
    expect(DEFAULT_SITE).not.toMatch(/example/);
    expect(siteOrigin(new URL('https://a.cn/x/'))).toBe('https://a.cn');
  });
});
