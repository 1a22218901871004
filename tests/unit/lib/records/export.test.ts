import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDownloads } from '../../../../src/lib/records/export.ts';
import { makeRelease } from '../../../../src/lib/site/release.ts';
import { postReport, preReport } from '../site/fixture-report.ts';

const out = mkdtempSync(join(tmpdir(), 'nianbao-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

describe('exportDownloads', () => {
  const sizes = exportDownloads([preReport({ sourceInfo: { source: 's', format: 'txt', original: '', notes: '', url: 'https://example.gov.cn/a,b.html' } }), postReport()], out, makeRelease('0.1.0', 'abc', new Date('2026-01-01T00:00:00Z')));
  const csvs = files(out).filter((f) => f.endsWith('.csv'));

  it('writes every CSV with a BOM and one line-ending style, CRLF', () => {
    expect(csvs.length).toBeGreaterThan(5);
    const bad = csvs.filter((f) => {
      const t = readFileSync(f, 'utf8');
      return !t.startsWith('\uFEFF') || /[^\r]\n|\r[^\n]/.test(t.replace(/"[^"]*"/g, ''));
    });
    expect(bad).toEqual([]);
  });

  it('writes the core series CSV and the source URL into the long CSV and the report CSV', () => {
    expect(sizes['/data/nianbao-core.csv']).toBeGreaterThan(0);
    const long = readFileSync(join(out, 'data', 'nianbao-long.csv'), 'utf8');
    expect(long.split('\r\n')[1]).toMatch(/,"https:\/\/example\.gov\.cn\/a,b\.html"$/);
    expect(readFileSync(join(out, 'reports', '430725-2017', 'data.csv'), 'utf8')).toContain('"https://example.gov.cn/a,b.html"');
  });
});
