// A site record's JSON spliced from its record's JSON equals stringifying the validated site record.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsLayout, recordJson, siteJson } from '../../../../src/lib/records/site-json.ts';
import { reportRecordSchema } from '../../../../src/lib/record-schema.ts';
import { siteReportSchema } from '../../../../src/lib/records/schema.ts';
import { siteRecord } from '../../../../src/lib/records/write.ts';
import { parseBytes } from '../../../../src/lib/parse/index.ts';
import type { ReportRecord } from '../../../../src/lib/types.ts';

const REPORTS = join(import.meta.dirname, '..', '..', '..', '..', 'content', 'reports');
// texts (one archived with a header address) and an HTML page
const FILES = ['001_9aef50f578a0bdd8.txt', 'pt-syq-2011.txt', '000_29acd3a32e0cbf6b.txt', 'sh-szfbgt-2019.html'];
const records: ReportRecord[] = FILES.map((f) => parseBytes(readFileSync(join(REPORTS, f)), f));
// no checks at all, and a record with text that looks like JSON
records.push({ ...records[0]!, checks: [] }, { ...records[1]!, text: '],"conflicts":[{"id":"x"}],"checks":[]}' });

const check = fc.record({
  rule: fc.string(), severity: fc.constantFrom('error' as const, 'warning' as const), status: fc.constantFrom('PASS' as const, 'FAIL' as const, 'NOT_ASSESSABLE' as const),
  expression: fc.string(), zh: fc.string(), values: fc.dictionary(fc.string(), fc.option(fc.integer(), { nil: null })),
  lhs: fc.option(fc.integer(), { nil: null }), rhs: fc.option(fc.integer(), { nil: null }), detail: fc.string(), otherReport: fc.option(fc.string(), { nil: undefined }),
}, { requiredKeys: ['rule', 'severity', 'status', 'expression', 'zh', 'values', 'lhs', 'rhs', 'detail'] });
const additions = fc.record({
  id: fc.string({ minLength: 1 }), placeKey: fc.string(), placeName: fc.string({ unit: 'grapheme' }),
  variants: fc.array(fc.record({ file: fc.string(), sameValues: fc.boolean(), differences: fc.array(fc.string()) }), { maxLength: 2 }),
  sourceInfo: fc.option(fc.record({ source: fc.string(), format: fc.string(), original: fc.string(), notes: fc.string(), url: fc.option(fc.webUrl(), { nil: undefined }) }, { requiredKeys: ['source', 'format', 'original', 'notes'] }), { nil: null }),
  extraChecks: fc.array(check, { maxLength: 3 }),
});

describe('recordJson', () => {
  it('is JSON.stringify of the validated record, with offsets that fit it', () => {
    for (const r of records) {
      const x = recordJson(r);
      expect(x.json.toString('utf8')).toBe(JSON.stringify(reportRecordSchema.parse(r)));
      expect(fitsLayout(x.json, x.layout)).toBe(true);
    }
  });
});

describe('siteJson', () => {
  it('equals JSON.stringify(siteReportSchema.parse(siteRecord(record, additions))) byte for byte', () => {
    fc.assert(
      fc.property(fc.constantFrom(...records), additions, (r, a) => {
        const x = recordJson(r);
        const site = siteRecord(x.record, a);
        const spliced = siteJson(x.json, x.layout, { ...a, sourceInfo: site.sourceInfo });
        expect(spliced.toString('utf8')).toBe(JSON.stringify(siteReportSchema.parse(site)));
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
