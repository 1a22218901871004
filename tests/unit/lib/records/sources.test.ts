import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSources } from '../../../../src/lib/records/sources.ts';

const REPORTS = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports');

describe('content/reports/sources.csv', () => {
  const rows = parseSources(readFileSync(join(REPORTS, 'sources.csv'), 'utf8'));
  it('describes every report file and only existing files', () => {
    const files = readdirSync(REPORTS).filter((f) => f !== 'sources.csv').sort();
    expect([...rows.keys()].sort()).toEqual(files);
  });
  it('points variants at files that exist', () => {
    for (const r of rows.values()) if (r.variant_of) expect(rows.has(r.variant_of)).toBe(true);
    expect(rows.get('ha-city-2024-pypdf.txt')!.variant_of).toBe('ha-city-2024.pdf');
    expect(rows.get('ha-city-2024.txt')!.variant_of).toBe('ha-city-2024.pdf');
  });
  it('rejects a malformed CSV with a clear error', () => {
    expect(() => parseSources('file,source\n"a.txt,x\n')).toThrow(/sources\.csv/);
  });
});
