// The wide table as an Excel workbook (/data/nianbao-wide.xlsx): row 1 Chinese column names, row 2
// the column ids (stable, for joins), then one row per report. Numbers stay numbers.
import ExcelJS from 'exceljs';
import { indicator } from '../catalog/index.ts';
import { rate } from '../catalog/rates.ts';

export const WIDE_BASE_ZH: Record<string, string> = {
  report_id: '报告编号',
  place_id: '地区编号',
  place_name: '地区',
  level: '级别',
  province: '省份',
  year: '年度',
  template: '格式',
};

/** Chinese header of a wide-table column: base columns by name, indicators and rates by label (with unit). */
export function columnZh(id: string): string {
  if (WIDE_BASE_ZH[id]) return WIDE_BASE_ZH[id]!;
  const ind = indicator(id);
  if (ind) return ind.unit ? `${ind.zh}（${ind.unit}）` : ind.zh;
  const r = rate(id);
  return r ? `${r.zh}（%）` : id;
}

export async function wideXlsx(fields: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '年报对比 Nianbao';
  const ws = wb.addWorksheet('宽表', { views: [{ state: 'frozen', ySplit: 2, xSplit: 3 }] });
  ws.addRow(fields.map(columnZh)).font = { bold: true };
  ws.addRow([...fields]).font = { color: { argb: 'FF555B61' } };
  for (const r of rows) ws.addRow(fields.map((f) => (r[f] === null || r[f] === undefined ? null : (r[f] as string | number))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
