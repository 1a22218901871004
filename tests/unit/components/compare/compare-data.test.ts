import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/lib/catalog/index.ts';
import { summarize } from '../../../../src/lib/records/summary.ts';
import { writeSummaries } from '../../../../src/lib/records/summary-file.ts';
import { postReport, preReport } from '../../lib/site/fixture-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'compare-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCompareData', () => {
  it('lists as compare indicators exactly those some place’s detail holds (values, derived, text values, gaps), in catalog order', async () => {
    const reports = [preReport(), postReport(), postReport({ id: 'pingtan-zone-2022', meta: { ...postReport().meta, year: 2022 }, gaps: [{ id: 't3.granted.natural', reason: 'blank' }] })];
    writeSummaries(dir, reports.map((r) => summarize(r)));
    process.env.NIANBAO_DATA = dir;
    const { loadCompareData } = await import('../../../../src/components/compare/compare-data.ts');
    const data = await loadCompareData();
    const held = new Set(data.keys.flatMap((k) => data.detail(k).reports.flatMap((r) => [...Object.keys(r.v), ...Object.keys(r.g)])));
    expect(held.has('t3.granted.natural')).toBe(true);
    expect(data.indicators.map((i) => i.id)).toEqual(indicators.filter((i) => held.has(i.id)).map((i) => i.id));
  });
});
