import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCells, toCsv, toCsvArrays } from '../../../../src/lib/site/csv.ts';

describe('csv', () => {
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

describe('toCsvArrays', () => {
  it('writes array rows as Papa.unparse does (the island CSV before this module)', () => {
    const fields = ['排名', '地区', '数值'];
    const data: Array<Array<string | number>> = [[1, '桃源县', 2000], ['', '某区,"新"', ''], [2, ' 思茅区', 1234.5]];
    expect(toCsvArrays(fields, data)).toBe(BOM + Papa.unparse({ fields, data }, { newline: '\r\n' }));
    expect(toCsvArrays(fields, [])).toBe(BOM + Papa.unparse({ fields, data: [] }, { newline: '\r\n' }));
  });
  it('joins cells of one line without a line end', () => {
    expect(csvCells(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"');
  });
});
