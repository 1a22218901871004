import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, LONG_FIELDS, idsWithValues, indicatorRows, longRows, reportIndexEntry, toCsv, wideTable } from '../../../../src/lib/site/downloads.ts';
import { postReport, preReport } from './fixture-report.ts';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });

describe('toCsv', () => {
  it('starts with a BOM, quotes commas and keeps Chinese text', () => {
    const csv = toCsv(['a', 'b'], [{ a: '桃源县', b: 'x, "y"' }, { a: null, b: 3 }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n桃源县,"x, ""y"""\r\n,3');
  });
  it('writes exactly what Papa.unparse writes', () => {
    const cells = ['', ' a', 'b ', 'a"b', 'a\nb', 'a\rb', '\uFEFFx', '=1', '-2', 1.5, -3, 0, null, undefined, NaN, Infinity, true, '约 12', 'x,y'];
    const rows = cells.map((c, i) => ({ a: c, b: i, c: cells[(i * 7) % cells.length] }));
    const fields = ['a', 'b', 'c'];
    const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'number' ? (Number.isFinite(v) ? v : '') : String(v));
    const papa = (rs: typeof rows) => BOM + Papa.unparse({ fields, data: rs.map((r) => fields.map((f) => cell(r[f as keyof typeof r]))) }, { newline: '\r\n' });
    expect(toCsv(fields, rows)).toBe(papa(rows));
    expect(toCsv(fields, [])).toBe(papa([]));
    expect(toCsv(fields, rows.slice(0, 1))).toBe(papa(rows.slice(0, 1)));
  });
});

describe('longRows', () => {
  it('gives every value with unit, source and flags; derived values marked', () => {
    const rows = longRows(postReport());
    const lit = rows.find((r) => r.indicator_id === 't4.litigation.total')!;
    expect(lit).toMatchObject({ source: 'derived', flags: 'derived', value: 12, unit: '件', report_id: 'pingtan-zone-2021', template: 'post2019/2021' });
    expect(rows.find((r) => r.indicator_id === 'text.fees.processing')!.source).toBe('text');
    const pre = longRows(preReport());
    expect(pre.find((r) => r.indicator_id === 'requests.received.in_person')).toMatchObject({ source: 'prose', flags: 'approximate', indicator_zh: '当面申请数' });
    expect(pre.find((r) => r.indicator_id === 'requests.answered.already_public')!.flags).toBe('conflict');
  });
  it('round-trips through CSV', () => {
    const csv = toCsv(LONG_FIELDS, longRows(preReport()) as never);
    const p = parse(csv);
    expect(p.meta.fields).toEqual([...LONG_FIELDS]);
    expect(p.data.find((r) => r.indicator_id === 'requests.received')!.value).toBe('210');
  });
});

describe('wideTable and indicator rows', () => {
  it('has a column per id with a value, in catalog order', () => {
    const { fields, rows } = wideTable([preReport(), postReport()]);
    expect(fields.slice(0, 7)).toEqual(['report_id', 'place_id', 'place_name', 'level', 'province', 'year', 'template']);
    expect(fields).toContain('t4.litigation.total');
    expect(fields).not.toContain('active.total');
    expect(fields.indexOf('requests.received')).toBeLessThan(fields.indexOf('org.staff'));
    expect(rows[0]!['requests.received']).toBe(210);
    expect(rows[1]!['requests.received']).toBeNull();
    expect(idsWithValues([preReport()])).toContain('org.staff');
  });
  it('gives one indicator across reports', () => {
    const rows = indicatorRows('requests.received', [preReport(), postReport()]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ place_name: '桃源县', value: 210, province: '湖南省' });
  });
  it('summarises a report for reports.json', () => {
    expect(reportIndexEntry(preReport())).toMatchObject({ id: '430725-2017', place_id: '430725', checks: { pass: 1, fail: 1, warn: 0, not_assessable: 1, used_for_decoding: 0 }, conflicts: 1, ambiguous: 1, url: '/reports/430725-2017/' });
  });
});
