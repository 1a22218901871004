import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName, writeXlsx } from '../../../../src/lib/site/xlsx-writer.ts';

describe('xlsx writer', () => {
  it('names columns A…Z, AA…', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes a workbook Excel readers open: strings (escaped, control characters dropped), numbers, blanks, styles, frozen corner', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'nianbao-xlsx-')), 't.xlsx');
    const many = Array.from({ length: 3000 }, (_, i) => ({ cells: [`r${i}`, i * 1.5] }));
    await writeXlsx(path, [{ cells: ['名称', 'a&b<c>'], style: 'bold' }, { cells: [' 前后空格 ', 'x\u0001y', null, 7] }, ...many], { sheetName: '宽表', creator: 't', freeze: { columns: 1, rows: 1 } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('宽表')!;
    const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
    expect([row(1), row(2), row(3002), ws.rowCount, ws.getRow(1).getCell(1).font?.bold, ws.views[0]]).toEqual([
      ['名称', 'a&b<c>'],
      [' 前后空格 ', 'xy', undefined, 7],
      ['r2999', 4498.5],
      3002,
      true,
      expect.objectContaining({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' }),
    ]);
  });
});
