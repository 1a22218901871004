// The wide table as an Excel workbook (/data/nianbao-wide.xlsx): row 1 Chinese column names, row 2
// the column ids (stable, for joins), then one row per report. Numbers stay numbers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeXlsx, type CellValue } from './xlsx-writer.ts';
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
  function* cells() {
    for (const r of rows) yield fields.map((f) => (r[f] === null || r[f] === undefined ? null : (r[f] as string | number)));
  }
  return wideXlsxOfCells(fields, cells(), path);
}

/** The same workbook from rows given as cells in `fields` order. */
export async function wideXlsxOfCells(fields: readonly string[], rows: Iterable<readonly CellValue[]>, path?: string): Promise<Buffer | null> {
  const target = path ?? join(mkdtempSync(join(tmpdir(), 'nianbao-xlsx-')), 'wide.xlsx');
  function* sheet() {
    yield { cells: fields.map(columnZh), style: 'bold' as const };
    yield { cells: [...fields], style: 'grey' as const };
    for (const cells of rows) yield { cells };
  }
  await writeXlsx(target, sheet(), { sheetName: '宽表', creator: '年报对比 Nianbao', freeze: { columns: 3, rows: 2 } });
  if (path) return null;
  const buf = readFileSync(target);
  rmSync(dirname(target), { recursive: true, force: true });
  return buf;
}
