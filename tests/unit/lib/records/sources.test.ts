import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSources, readSources } from '../../../../src/lib/records/sources.ts';

const REPORTS = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports');

describe('content/reports/sources.csv', () => {
  const rows = parseSources(readFileSync(join(REPORTS, 'sources.csv'), 'utf8'));
  it('describes every report file and only existing files', () => {
    const files = readdirSync(REPORTS).filter((f) => !['sources.csv', 'report-ids.csv', 'redirects.csv'].includes(f)).sort();
    expect([...rows.keys()].sort()).toEqual(files);
  });
  it('points variants at files that exist', () => {
    for (const r of rows.values()) if (r.variant_of) expect(rows.has(r.variant_of)).toBe(true);
    expect(rows.get('ha-city-2024-pypdf.txt')!.variant_of).toBe('ha-city-2024.pdf');
    expect(rows.get('ha-city-2024.txt')!.variant_of).toBe('ha-city-2024.pdf');
  });
  it('reads mixed CRLF/LF line ends and a stray quote without throwing, naming the line it forgave', () => {
    const { rows, problems } = readSources('file,source,variant_of\r\na.txt,x,\nb.txt,"y,a.txt\r\nc.txt,z,b.txt\r\n');
    expect([...rows.keys()]).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(rows.get('b.txt')).toMatchObject({ source: 'y', variant_of: 'a.txt' });
    expect(rows.get('c.txt')).toMatchObject({ source: 'z', variant_of: 'b.txt' });
    expect(problems).toEqual(['sources.csv 第 3 行：引号不成对，已去掉引号按逗号读取']);
  });
});
