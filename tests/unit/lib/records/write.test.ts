// Writing a report's files from its cached JSON and kit gives the same files as writing the site record.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordJson } from '../../../../src/lib/records/site-json.ts';
import { recordKit, siteRecord, writeReport, writeReportFromJson, type SiteAdditions, type Written } from '../../../../src/lib/records/write.ts';
import { parseBytes } from '../../../../src/lib/parse/index.ts';

const REPORTS = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();

describe('writeReportFromJson', () => {
  it('writes the files, sizes and hash writeReport writes for the same record and additions', () => {
    // pt-syq-2011.txt has an archive header address (used when sources.csv has none)
    for (const [f, sourceInfo] of [['pt-syq-2011.txt', null], ['pt-syq-2011.txt', { source: 's', format: 'txt', original: '', notes: 'n', url: 'https://a.example/x' }], ['sh-szfbgt-2019.html', null]] as const) {
      const r = parseBytes(readFileSync(join(REPORTS, f)), f);
      const add: SiteAdditions = { id: 'p-2011', placeKey: 'p', placeName: '某县', variants: [], sourceInfo, extraChecks: [{ rule: 'x.yoy', severity: 'warning', status: 'PASS', expression: 'a', zh: '跨年', values: { a: 1 }, lhs: 1, rhs: 1, detail: '1 = 1', otherReport: 'p-2010' }] };
      const [a, b] = [mkdtempSync(join(tmpdir(), 'nianbao-w-')), mkdtempSync(join(tmpdir(), 'nianbao-w-'))];
      for (const d of [a, b]) mkdirSync(join(d, 'reports'));
      const wa: Written = { sizes: {}, hashes: {} };
      const wb: Written = { sizes: {}, hashes: {} };
      writeReport(siteRecord(r, add), a, wa);
      const x = recordJson(r);
      writeReportFromJson(x.json, recordKit(x.record, x.layout)!, add, b, wb);
      expect(wb).toEqual(wa);
      expect(files(b)).toEqual(files(a));
      for (const p of files(a)) expect(readFileSync(join(b, p)).equals(readFileSync(join(a, p)))).toBe(true);
    }
  });
});
