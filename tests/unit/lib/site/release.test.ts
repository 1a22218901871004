import { describe, expect, it } from 'vitest';
import { buildTime, LICENCE, makeRelease, parseRelease, releaseLines } from '../../../../src/lib/site/release.ts';
import { readmeText } from '../../../../src/lib/site/downloads.ts';

const AT = new Date('2026-12-01T23:59:00Z');

describe('makeRelease', () => {
  it('versions the data by package version and the ingest fingerprint, dated in UTC', () => {
    expect(makeRelease('0.1.0', 'ABCDEF0123456789', AT)).toEqual({ package: '0.1.0', version: '0.1.0+abcdef01', date: '2026-12-01', licence: LICENCE });
  });
  it('leaves a missing or malformed fingerprint out of the version', () => {
    expect(makeRelease('0.1.0', '', AT).version).toBe('0.1.0');
    expect(makeRelease('0.1.0', 'not hex!', AT).version).toBe('0.1.0');
  });
});

describe('buildTime', () => {
  it('uses SOURCE_DATE_EPOCH when set, else now', () => {
    const now = new Date('2020-01-01T00:00:00Z');
    expect(buildTime({ SOURCE_DATE_EPOCH: '1764547200' }, now).toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(buildTime({}, now)).toBe(now);
    expect(buildTime({ SOURCE_DATE_EPOCH: 'soon' }, now)).toBe(now);
  });
});

describe('release.json', () => {
  it('round-trips and refuses what is not a release', () => {
    const r = makeRelease('0.1.0', 'abcdef0123', AT);
    expect(parseRelease(JSON.stringify(r))).toEqual(r);
    expect(parseRelease('{"version":"1","date":"yesterday"}')).toBeNull();
    expect(parseRelease('not json')).toBeNull();
  });
});

describe('README.txt', () => {
  it('states version, date and licence before the column descriptions', () => {
    const r = makeRelease('0.1.0', 'abcdef0123', AT);
    const text = readmeText(r);
    expect(text.startsWith('年报对比（Nianbao）数据下载说明\n')).toBe(true);
    for (const line of releaseLines(r)) expect(text).toContain(line);
    expect(text).toContain('数据版本：0.1.0+abcdef01');
    expect(text).toContain('生成日期：2026-12-01');
    expect(text).toContain('CC BY 4.0');
    expect(text.indexOf('许可：')).toBeLessThan(text.indexOf('reports.json ——'));
  });
});
