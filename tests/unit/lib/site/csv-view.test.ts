import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_FIELDS, buildCsv, csvFileName } from '../../../../src/lib/site/csv-view.ts';
import { BOM } from '../../../../src/lib/site/csv.ts';
import { selectRows, type IndicatorRow } from '../../../../src/lib/site/indicator-state.ts';

const rows: IndicatorRow[] = [
  { reportId: '530802-2017', placeKey: '530802', name: '思茅区', level: 'county', province: '云南省', year: 2017, value: 1234.5, flags: ['approximate'] },
  { reportId: '430725-2017', placeKey: '430725', name: '桃源县', level: 'county', province: '湖南省', year: 2017, value: 2000, flags: [] },
  { reportId: 'x-2017', placeKey: 'x', name: '某区,"新"', level: '', province: '', year: 2017, value: null, flags: [], gap: 'ambiguous' },
];

describe('csv-view', () => {
  const sel = selectRows(rows, { year: 2017, level: null, province: null, highlight: null });
  const csv = buildCsv(sel, { id: 'requests.received', zh: '收到申请数', unit: '件' });
  it('starts with a BOM and has the table columns', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_FIELDS.join(','));
  });
  it('has the rows of the view, in order, with raw numbers', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1).trim(), { header: false }).data;
    expect(parsed.slice(1).map((r) => [r[0], r[1], r[5], r[7]])).toEqual([
      ['1', '桃源县', '2000', ''],
      ['', '思茅区', '1234.5', '约数'],
      ['', '某区,"新"', '', '未给出数值：无法确定'],
    ]);
    expect(parsed[1]![8]).toBe('430725');
    expect(parsed[1]![9]).toBe('430725-2017');
  });
  it('names the file after the view', () => {
    expect(csvFileName('t3.granted.total', [2021, 'county', null])).toBe('t3.granted.total-2021-county.csv');
    expect(csvFileName('a', [2021, null, '云南 省'])).toBe('a-2021-云南_省.csv');
  });
});
