// The wide table as an Excel workbook (/data/nianbao-wide.xlsx): row 1 Chinese column names, row 2
// the column ids (stable, for joins), then one row per report. Numbers stay numbers.
import { PassThrough } from 'node:stream';
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

/**
 * Stream the workbook (rows are written and released one by one, so 100,000 reports never sit in
 * memory as cells) to `path`, or into a Buffer when no path is given.
 */
export async function wideXlsx(fields: readonly string[], rows: Iterable<Record<string, unknown>>, path?: string): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  const sink = path ? null : new PassThrough();
  sink?.on('data', (c: Buffer) => chunks.push(c));
  // exceljs costs about a second to load: only the XLSX writer loads it (not ingest and its workers,
  // which import the other download writers)
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter(path ? { filename: path, useStyles: true } : { stream: sink!, useStyles: true });
  wb.creator = '年报对比 Nianbao';
  const ws = wb.addWorksheet('宽表', { views: [{ state: 'frozen', ySplit: 2, xSplit: 3 }] });
  const head = ws.addRow(fields.map(columnZh));
  head.font = { bold: true };
  head.commit();
  const ids = ws.addRow([...fields]);
  ids.font = { color: { argb: 'FF555B61' } };
  ids.commit();
  for (const r of rows) ws.addRow(fields.map((f) => (r[f] === null || r[f] === undefined ? null : (r[f] as string | number)))).commit();
  ws.commit();
  await wb.commit();
  return path ? null : Buffer.concat(chunks);
}
