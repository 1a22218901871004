// The CSV of exactly what an indicator view shows (same rows, same order, same columns as the
// table on screen, plus the ids a researcher needs to join it back). UTF-8 with BOM so Excel opens
// Chinese text correctly; written by csv.ts like every download.
import type { Level } from '../types.ts';
import type { RankedRow } from './indicator-state.ts';
import { flagZh, gapZh, LEVEL_ZH } from './labels.ts';
import { toCsvArrays } from './csv.ts';

export interface CsvMeta {
  id: string;
  zh: string;
  unit: string | null;
  /** The view's full link (year and filters), written on every row so a CSV always says what view it is. */
  url?: string;
}

export const CSV_FIELDS = ['排名', '地区', '层级', '省份', '年度', '数值', '单位', '标记', '地区代码', '报告', '指标代码', '指标', '视图链接'];

/** The table’s rows as CSV cells (numbers stay numbers: no separators, no 约 — that is in 标记). */
export function csvRows(rows: readonly RankedRow[], meta: CsvMeta): Array<Array<string | number>> {
  return rows.map((r) => [
    r.rank ?? '',
    r.name,
    r.level ? LEVEL_ZH[r.level as Level] : '',
    r.province,
    r.year,
    r.value ?? '',
    meta.unit ?? '',
    r.value === null ? `未给出数值：${gapZh(r.gap ?? '').short}` : [...r.flags.map((f) => flagZh(f).short), ...(r.calc ? [`计算：${r.calc}`] : [])].join('；'),
    r.placeKey,
    r.reportId,
    meta.id,
    meta.zh,
    meta.url ?? '',
  ]);
}

export function buildCsv(rows: readonly RankedRow[], meta: CsvMeta): string {
  return toCsvArrays(CSV_FIELDS, csvRows(rows, meta));
}

/** File name for a view: t3.granted.total-2021-county.csv */
export function csvFileName(id: string, parts: Array<string | number | null>): string {
  const rest = parts.filter((p) => p !== null && p !== '').map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '_'));
  return [id, ...rest].join('-') + '.csv';
}
