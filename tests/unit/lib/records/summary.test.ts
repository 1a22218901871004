// Report summaries: what the pages about many reports read, without the text, spans or passing checks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCountsOf, readSummaries, summarize, withChecks, writeSummaries, SUMMARIES_FILE } from '../../../../src/lib/records/summary.ts';
import { postReport, preReport } from '../site/fixture-report.ts';

describe('report summaries', () => {
  it('drop the text, chrome, notes, encoding, source info and the spans of provenance', () => {
    const s = summarize(preReport({ chrome: [{ start: 0, end: 2 }] }));
    expect(['text', 'chrome', 'notes', 'encoding', 'sourceInfo'].filter((k) => k in s)).toEqual([]);
    expect(s.provenance['requests.received.in_person']).toEqual({ source: 'prose', flags: ['approximate'] });
    expect([s.id, s.placeKey, s.values['requests.received'], s.variants.length]).toEqual(['430725-2017', '430725', 210, 1]);
  });

  it('keep only failed checks, each with its position in the record, and count every check', () => {
    const s = summarize(preReport());
    expect(s.checks.map((c) => [c.rule, c.index])).toEqual([['pre.org.staff.sum', 1]]);
    expect([s.checkCounts, s.checkTotal]).toEqual([{ pass: 1, fail: 1, warn: 0, na: 1 }, 3]);
  });

  it('count a full record and its summary alike', () => {
    expect(checkCountsOf(preReport())).toEqual(summarize(preReport()).checkCounts);
  });

  it('number appended checks after the record’s own', () => {
    const fail = { ...preReport().checks[1]!, rule: 'xyear', severity: 'warning' as const };
    const pass = { ...preReport().checks[0]!, rule: 'xyear.pass' };
    const s = withChecks(summarize(preReport()), [pass, fail]);
    expect(s.checks.map((c) => [c.rule, c.index])).toEqual([['pre.org.staff.sum', 1], ['xyear', 4]]);
    expect([s.checkCounts, s.checkTotal]).toEqual([{ pass: 2, fail: 1, warn: 1, na: 1 }, 5]);
  });

  it('are written one per line and read back in the same order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-sum-'));
    const list = [summarize(postReport()), summarize(preReport())];
    writeSummaries(dir, list);
    expect(readSummaries(dir)).toEqual(JSON.parse(JSON.stringify(list)));
  });

  it('read lines of any length, split as bytes (multi-byte characters across chunk ends)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-sum-'));
    const long = summarize(preReport({ placeName: '桃'.repeat(300_000) }));
    writeFileSync(join(dir, SUMMARIES_FILE), `${JSON.stringify(long)}\n\n${JSON.stringify(summarize(postReport()))}`);
    expect(readSummaries(dir).map((s) => [s.placeName.length, s.id])).toEqual([[300_000, '430725-2017'], [7, 'pingtan-zone-2021']]);
  });
});
