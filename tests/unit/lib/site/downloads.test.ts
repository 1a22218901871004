import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { INDICATOR_FIELDS, LONG_FIELDS, cellsOfLines, idsWithValues, indicatorRows, longCsvLines, longCsvLinesOf, longRows, reportIndexEntry, valueCells, valueLines, wideBaseCells, wideTable } from '../../../../src/lib/site/downloads.ts';
import { csvLine, toCsv } from '../../../../src/lib/site/csv.ts';
import { postReport, preReport } from './fixture-report.ts';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });

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
  it('places each value: province, prefecture, level code and 中文, and the report’s source URL', () => {
    const [row] = longRows(preReport({ sourceInfo: { source: 'x', format: 'txt', original: '', notes: '', url: 'https://www.taoyuan.gov.cn/nb/2017.html' } }));
    expect(row).toMatchObject({ province: '湖南省', prefecture: '常德市', level: 'county', level_zh: '县级', source_url: 'https://www.taoyuan.gov.cn/nb/2017.html' });
    expect(LONG_FIELDS.slice(0, 9)).toEqual(['report_id', 'place_id', 'place_name', 'province', 'prefecture', 'level', 'level_zh', 'year', 'template']);
    expect(LONG_FIELDS.at(-1)).toBe('source_url');
    const [pt] = longRows(postReport(), '');
    expect(pt).toMatchObject({ prefecture: '', level_zh: '开发区', source_url: '' });
  });
  it('round-trips through CSV', () => {
    const csv = toCsv(LONG_FIELDS, longRows(preReport()) as never);
    const p = parse(csv);
    expect(p.meta.fields).toEqual([...LONG_FIELDS]);
    expect(p.data.find((r) => r.indicator_id === 'requests.received')!.value).toBe('210');
  });
});

describe('CSV lines without row objects', () => {
  it('longCsvLines and valueCells write the same cells as csvLine over longRows (long and indicator CSVs)', () => {
    const url = 'https://x.gov.cn/a,"b".html';
    for (const r of [preReport(), postReport(), preReport({ placeName: '桃源县, 常德' })]) {
      const rows = longRows(r, url);
      expect(longCsvLines(r, url)).toEqual(rows.map((row) => csvLine(LONG_FIELDS, row as never)));
      expect(valueCells(r).map((v) => `${wideBaseCells(r)},${v.tail}`)).toEqual(rows.map((row) => csvLine(INDICATOR_FIELDS, { ...row, province: r.meta.province ?? '' } as never)));
    }
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

describe('cellsOfLines', () => {
  it('gives back the valueCells a report’s valueLines were made of', () => {
    for (const r of [preReport(), postReport(), preReport({ values: {}, derived: {}, textValues: {} })]) {
      expect(cellsOfLines(valueLines(r)!)).toEqual(valueCells(r));
    }
  });
});

describe('longCsvLinesOf', () => {
  it('gives longCsvLines from a report’s columns and its valueLines', () => {
    for (const r of [preReport(), postReport(), preReport({ values: {}, derived: {}, textValues: {} })]) {
      expect(longCsvLinesOf(r, valueLines(r)!, 'https://a.example/x')).toEqual(longCsvLines(r, 'https://a.example/x'));
    }
  });
});
