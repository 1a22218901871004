// summaries.ndjson: the compact file of every report's summary that astro build and the XLSX export read.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compacted, readSummaries, SummaryCodec, SUMMARIES_FILE, writeSummaries } from '../../../../src/lib/records/summary-file.ts';
import { summarize, withChecks, type ReportSummary } from '../../../../src/lib/records/summary.ts';
import { postReport, preReport } from '../site/fixture-report.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'nianbao-sum-'));

/** A summary with every kind of entry: a derived value from a catalog rule and one from a list no rule has, an id outside the catalog, a cross-year check. */
function rich(): ReportSummary {
  const s = summarize(
    postReport({
      values: { 't3.new_received.natural': 64, 'x.not.in.catalog': 5, 't3.new_received.total': 70 },
      provenance: {
        't4.litigation.total': { start: 0, end: 0, source: 'derived', label: '', raw: '', flags: ['derived'], from: ['t4.lit_direct.total', 't4.lit_after_review.total'] },
        't3.new_received.org': { start: 0, end: 0, source: 'derived', label: '', raw: '', flags: ['derived', 'conflict'], from: ['x.not.in.catalog', 't3.new_received.natural'] },
        't3.new_received.natural': { start: 0, end: 2, source: 'table', label: '', raw: '64', flags: ['decoded'] },
        'x.not.in.catalog': { start: 0, end: 1, source: 'prose', label: '', raw: '5', flags: [] },
      },
      gaps: [{ id: 't3.granted.total', reason: 'ambiguous', raw: '3011', candidates: [30, 301], note: '可拆分' }, { id: 'x.gap', reason: 'dash' }],
    }),
  );
  const fail = { ...preReport().checks[1]!, rule: 'xyear.t3', severity: 'warning' as const, otherReport: 'pingtan-zone-2020', values: { 'x.not.in.catalog': null, 't3.new_received.total': 70 } };
  return { ...withChecks(s, [fail]), hash: 'abc' };
}

describe('summaries.ndjson', () => {
  it('reads back every summary as written, in order, keys in their order', () => {
    const d = dir();
    const list = [rich(), summarize(preReport()), summarize(postReport())];
    writeSummaries(d, list);
    const back = readSummaries(d);
    expect(back).toEqual(JSON.parse(JSON.stringify(list)));
    expect(back.map((s) => [Object.keys(s.values), Object.keys(s.provenance)])).toEqual(list.map((s) => [Object.keys(s.values), Object.keys(s.provenance)]));
  });

  it('writes the same bytes from the lines the summaries were decoded from (ingest: its workers’ lines, its members spliced in)', () => {
    const codec = new SummaryCodec();
    const fail = { ...preReport().checks[1]!, rule: 'xyear.t3', severity: 'warning' as const, otherReport: 'x-2020', values: { 't3.new_received.total': 70 } };
    // as ingest: the line of a parsed record's summary (no site members yet), decoded, given ingest's
    // members and maybe cross-year checks, then a hash
    const parsed = (r: ReportSummary) => {
      const { id: _i, placeKey: _k, placeName: _n, variants: _v, hash: _h, ...rest } = r;
      return rest;
    };
    const worker = [rich(), summarize(preReport()), summarize(postReport())].map((r) => codec.line(parsed(r) as never));
    const site = worker.map((line, i) => {
      const s = { ...codec.decode(line), id: `r-${i}`, placeKey: 'p"k', placeName: '某地', variants: i === 1 ? [{ file: 'b.txt', sameValues: true, differences: [] }] : [] };
      return { ...withChecks(s, i === 2 ? [] : [fail]), hash: `h${i}` } as ReportSummary;
    });
    const [a, b] = [dir(), dir()];
    writeSummaries(a, site);
    writeSummaries(b, site, (s) => worker[site.indexOf(s)]!);
    expect(readFileSync(join(b, SUMMARIES_FILE), 'utf8')).toBe(readFileSync(join(a, SUMMARIES_FILE), 'utf8'));
  });

  it('reads lines of any length, split as bytes (multi-byte characters across chunk ends)', () => {
    const d = dir();
    writeSummaries(d, [summarize(preReport({ placeName: '桃'.repeat(300_000) })), summarize(postReport())]);
    writeFileSync(join(d, SUMMARIES_FILE), readFileSync(join(d, SUMMARIES_FILE), 'utf8').replace(/\n/, '\n\n'));
    expect(readSummaries(d).map((s) => [s.placeName.length, s.id])).toEqual([[300_000, '430725-2017'], [7, 'pingtan-zone-2021']]);
  });

  it('refuses a file of another format with a named error', () => {
    const d = dir();
    writeFileSync(join(d, SUMMARIES_FILE), JSON.stringify(summarize(preReport())) + '\n');
    expect(() => readSummaries(d)).toThrow(/not nianbao-summaries\/2/);
  });

  it('gives equal provenance, and equal gaps without a printed run, of different reports one shared, frozen object', () => {
    const d = dir();
    writeSummaries(d, [rich(), { ...rich(), id: 'other' }]);
    const [a, b] = readSummaries(d);
    expect([a!.provenance['t4.litigation.total'] === b!.provenance['t4.litigation.total'], Object.isFrozen(a!.provenance['t4.litigation.total'])]).toEqual([true, true]);
    expect([a!.gaps[1] === b!.gaps[1], Object.isFrozen(a!.gaps[1]), a!.gaps[0] === b!.gaps[0]]).toEqual([true, true, false]);
  });

  it('writes catalog indicator ids as numbers, other ids as strings', () => {
    const d = dir();
    writeSummaries(d, [rich()]);
    const line = readFileSync(join(d, SUMMARIES_FILE), 'utf8').split('\n')[1]!;
    expect([line.includes('t3.new_received.natural'), line.includes('t4.lit_direct.total'), line.includes('x.not.in.catalog')]).toEqual([false, false, true]);
  });

  it('compacted(s) is the summary as read back', () => {
    expect(compacted(rich())).toEqual(JSON.parse(JSON.stringify(rich())));
  });
});
