// The synthetic country of `npm run bench -- --scale N`: one report per body and year, each parsing
// as that body's report of that year.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../../src/lib/parse/index.ts';
import { placeKey } from '../../../src/lib/places/index.ts';
import { FIRST_YEAR, LAST_YEAR, bodyAt, rewrite, syntheticReports, type SyntheticSource } from '../../../scripts/synthetic.ts';

const REPORTS = join(import.meta.dirname, '..', '..', '..', 'content', 'reports');
const source = (f: string): SyntheticSource => {
  const bytes = readFileSync(join(REPORTS, f));
  return { file: f, text: bytes.toString('utf8'), meta: parseBytes(bytes, f).meta };
};
const sources = ['001_9aef50f578a0bdd8.txt', 'pt-syq-2011.txt', 'pt-syq-2019.txt', 'pt-syq-2025.txt'].map(source);

describe('synthetic reports', () => {
  const all = [...syntheticReports(40, sources)];

  it('gives every report its own body and year, years spread over 2011–2025', () => {
    expect(new Set(all.map((r) => `${r.body.issuer}|${r.year}`)).size).toBe(40);
    expect(new Set(all.map((r) => r.file)).size).toBe(40);
    expect(Math.min(...all.map((r) => r.year))).toBe(FIRST_YEAR);
    expect(Math.max(...all.map((r) => r.year))).toBe(LAST_YEAR);
  });

  it('rewrites a report so that it parses as the body and year it stands for, with other values', () => {
    for (const r of all.filter((_, i) => i % 7 === 0)) {
      const parsed = parseBytes(Buffer.from(r.text), r.file);
      expect([parsed.meta.adcode, parsed.meta.year]).toEqual([r.body.place.code, r.year]);
    }
    const a = parseBytes(Buffer.from(all[4]!.text), all[4]!.file).values;
    const b = parseBytes(Buffer.from(all[19]!.text), all[19]!.file).values;
    expect(all[4]!.source).toBe(all[19]!.source);
    expect(a).not.toEqual(b);
  });

  it('scales every figure by one factor, so a sum the source states still holds', () => {
    const src: SyntheticSource = { file: 'x.txt', text: '收到申请 210 件，其中当面申请 168 件、网络申请 42 件；第3条，2017年3月。', meta: sources[0]!.meta };
    const [total, a, b, ...rest] = rewrite(src, bodyAt(0), 2017, 7).match(/\d+/g)!.map(Number);
    expect([total, rest, total! / 210 === a! / 168 && a! / 168 === b! / 42, total! > 210]).toEqual([a! + b!, [3, 2017, 3], true, true]);
  });

  it('gives every body only its last K years when asked, so N reports are N / K places of the same recent years', () => {
    const one = [...syntheticReports(30, sources, 1)];
    const two = [...syntheticReports(30, sources, 2)];
    expect([new Set(one.map((r) => r.body.issuer)).size, new Set(one.map((r) => r.year))]).toEqual([30, new Set([LAST_YEAR])]);
    expect([new Set(two.map((r) => r.body.issuer)).size, new Set(two.map((r) => r.year))]).toEqual([15, new Set([LAST_YEAR - 1, LAST_YEAR])]);
  });

  it('goes on with departments once every county has a body', () => {
    const dept = bodyAt(5000);
    expect(dept.department).not.toBeNull();
    const parsed = parseBytes(Buffer.from(rewrite(sources[2]!, dept, 2019, 1)), 'x.txt');
    expect([parsed.meta.level, placeKey(parsed.meta).startsWith(`${dept.place.code}-`)]).toEqual(['department', true]);
  });
});
