// Download files: the rows of the CSVs (written by csv.ts) and the JSON index.
import { indicator, indicators } from '../catalog/index.ts';
import type { SiteReport } from '../records/model.ts';
import { LEVEL_ZH, templateKey } from './labels.ts';
import type { Level } from '../types.ts';
import { checkCountsOf, type CheckCounts, type LightGap, type LightProvenance, type SummaryCheck, type SummaryMeta } from '../records/summary.ts';
import { releaseLines, type Release } from './release.ts';
import { csvCell, csvCells } from './csv.ts';

/** A full site record or its summary (src/lib/records/summary.ts): downloads read only what both hold. */
export type DownloadRecord = Pick<SiteReport, 'id' | 'file' | 'placeKey' | 'placeName' | 'values' | 'derived' | 'textValues' | 'conflicts'> & {
  meta: SummaryMeta;
  checks: readonly SummaryCheck[];
  gaps: readonly LightGap[];
  provenance: Record<string, LightProvenance>;
  checkCounts?: CheckCounts;
  /** Where the report came from (full records carry it; summaries do not — exports pass the URL separately). */
  sourceInfo?: { url?: string } | null;
};

/** The columns that place a value: the report, its place (with province and prefecture), level (code and 中文), year, template. */
export interface PlaceColumns {
  report_id: string;
  place_id: string;
  place_name: string;
  province: string;
  prefecture: string;
  level: string;
  level_zh: string;
  year: number | null;
  template: string;
}

export const PLACE_FIELDS = ['report_id', 'place_id', 'place_name', 'province', 'prefecture', 'level', 'level_zh', 'year', 'template'] as const;

/** What placeColumns reads of a record or summary. */
export interface ColumnSource {
  id: string;
  placeKey: string;
  placeName: string;
  meta: { level: string | null; province: string | null; prefecture?: string | null; year: number | null; template: string; variant: string | null; kind: string };
}

export function placeColumns(r: ColumnSource): PlaceColumns {
  return {
    report_id: r.id,
    place_id: r.placeKey,
    place_name: r.placeName,
    province: r.meta.province ?? '',
    prefecture: r.meta.prefecture ?? '',
    level: r.meta.level ?? '',
    level_zh: r.meta.level ? (LEVEL_ZH[r.meta.level as Level] ?? '') : '',
    year: r.meta.year,
    template: templateKey(r.meta.template, r.meta.variant, r.meta.kind),
  };
}

export interface LongRow extends PlaceColumns {
  indicator_id: string;
  indicator_zh: string;
  value: number;
  unit: string;
  /** table | prose | derived | text */
  source: string;
  /** Flags joined with "|", e.g. approximate|conflict. */
  flags: string;
  /** The report's original address (sources.csv `url`), '' when not known. */
  source_url: string;
}

export const LONG_FIELDS = [...PLACE_FIELDS, 'indicator_id', 'indicator_zh', 'value', 'unit', 'source', 'flags', 'source_url'] as const;

const catalogOrder = new Map(indicators.map((x, i) => [x.id, i]));
const byCatalog = (a: string, b: string) => (catalogOrder.get(a) ?? 1e9) - (catalogOrder.get(b) ?? 1e9) || a.localeCompare(b);

/** Every value of a report: printed values, text values and derived values (source = derived). */
export function longRows(r: DownloadRecord, sourceUrl: string = r.sourceInfo?.url ?? ''): LongRow[] {
  const base = placeColumns(r);
  const rows: LongRow[] = [];
  const add = (id: string, value: number, source: string) => {
    const p = r.provenance[id];
    const flags = new Set(p?.flags ?? []);
    if (source === 'derived') flags.add('derived');
    if (r.conflicts.some((c) => c.id === id)) flags.add('conflict');
    rows.push({ ...base, indicator_id: id, indicator_zh: indicator(id)?.zh ?? '', value, unit: indicator(id)?.unit ?? '', source, flags: [...flags].join('|'), source_url: sourceUrl });
  };
  for (const id of Object.keys(r.values).sort(byCatalog)) add(id, r.values[id]!, r.provenance[id]?.source ?? 'table');
  for (const id of Object.keys(r.textValues).sort(byCatalog)) add(id, r.textValues[id]!, 'text');
  for (const id of Object.keys(r.derived).sort(byCatalog)) if (!(id in r.values)) add(id, r.derived[id]!, 'derived');
  return rows;
}

/** One value row of a report as CSV text: its id and the cells `value,unit,source,flags` (no line end). */
export interface ValueCells {
  id: string;
  tail: string;
}

// id → the CSV cells `indicator_id,indicator_zh` and `unit`, made once per id
const idCellCache = new Map<string, { idZh: string; unit: string }>();
function idCells(id: string): { idZh: string; unit: string } {
  let c = idCellCache.get(id);
  if (!c) {
    const ind = indicator(id);
    c = { idZh: `${csvCell(id)},${csvCell(ind?.zh ?? '')}`, unit: csvCell(ind?.unit ?? '') };
    idCellCache.set(id, c);
  }
  return c;
}

/** What valueCells reads of a record or summary. */
export type ValueSource = Pick<DownloadRecord, 'values' | 'textValues' | 'derived' | 'provenance' | 'conflicts'>;

/**
 * The rows of longRows(r) (same order, same cells) as CSV text instead of row objects: the downloads
 * about all reports write a few hundred thousand rows per 1,000 reports, and an object of 16 fields
 * per row was most of their cost. `only`: just the rows of these ids.
 */
export function valueCells(r: ValueSource, only?: ReadonlyMap<string, unknown>): ValueCells[] {
  const out: ValueCells[] = [];
  const add = (id: string, value: number, source: string) => {
    if (only && !only.has(id)) return;
    const pf = r.provenance[id]?.flags;
    let flags = '';
    const conflict = r.conflicts.length > 0 && r.conflicts.some((c) => c.id === id);
    if ((pf && pf.length) || source === 'derived' || conflict) {
      const set = new Set(pf ?? []);
      if (source === 'derived') set.add('derived');
      if (conflict) set.add('conflict');
      flags = [...set].join('|');
    }
    out.push({ id, tail: `${csvCell(value)},${idCells(id).unit},${csvCell(source)},${csvCell(flags)}` });
  };
  for (const id of Object.keys(r.values).sort(byCatalog)) add(id, r.values[id]!, r.provenance[id]?.source ?? 'table');
  for (const id of Object.keys(r.textValues).sort(byCatalog)) add(id, r.textValues[id]!, 'text');
  for (const id of Object.keys(r.derived).sort(byCatalog)) if (!(id in r.values)) add(id, r.derived[id]!, 'derived');
  return out;
}

/** The lines (no line ends) of longRows(r, sourceUrl) as LONG_FIELDS CSV: csvLine of each row, without the rows. */
export function longCsvLines(r: DownloadRecord, sourceUrl: string = r.sourceInfo?.url ?? ''): string[] {
  return longCsvLinesOfCells(r, valueCells(r), sourceUrl);
}

/** longCsvLines from the report's valueCells, made already. */
export function longCsvLinesOfCells(r: ColumnSource, cells: readonly ValueCells[], sourceUrl: string): string[] {
  const head = placeCells(r);
  const url = csvCell(sourceUrl);
  return cells.map((v) => `${head},${idCells(v.id).idZh},${v.tail},${url}`);
}

/** The first cells of a report's long-CSV lines: PLACE_FIELDS as CSV text. */
export function placeCells(r: ColumnSource): string {
  const base = placeColumns(r);
  return csvCells(PLACE_FIELDS.map((f) => base[f]));
}

/** The `indicator_id,indicator_zh` cells of an id's long-CSV lines. */
export const idZhCells = (id: string): string => idCells(id).idZh;

/**
 * A report's value lines of its data.csv without the cells about the report (which ingest adds
 * after parsing): the ids and valueCells' tails, joined by line feeds (null when a tail holds one).
 * Ingest's workers keep these from parsing to writing the file, instead of the record.
 */
export interface ValueLines {
  ids: string[];
  tails: string;
}

export function valueLines(r: ValueSource): ValueLines | null {
  const cells = valueCells(r);
  const tails = cells.map((v) => v.tail);
  if (tails.some((t) => t.includes('\n'))) return null;
  return { ids: cells.map((v) => v.id), tails: tails.join('\n') };
}

/** The valueCells a report's valueLines were made of. */
export function cellsOfLines(v: ValueLines): ValueCells[] {
  if (v.ids.length === 0) return [];
  const tails = v.tails.split('\n');
  return v.ids.map((id, i) => ({ id, tail: tails[i]! }));
}

/** longCsvLines(r, sourceUrl) from the report's columns and its valueLines. */
export function longCsvLinesOf(r: ColumnSource, v: ValueLines, sourceUrl: string): string[] {
  if (v.ids.length === 0) return [];
  const head = csvCells(PLACE_FIELDS.map((f) => placeColumns(r)[f]));
  const url = csvCell(sourceUrl);
  const tails = v.tails.split('\n');
  return v.ids.map((id, i) => `${head},${idCells(id).idZh},${tails[i]},${url}`);
}

/** The first cells of a report's line in an indicator CSV (and of the wide table): WIDE_BASE as CSV text. */
export function wideBaseCells(r: ColumnSource): string {
  const base = placeColumns(r);
  return csvCells(WIDE_BASE.map((k) => base[k]));
}

export const WIDE_BASE = ['report_id', 'place_id', 'place_name', 'level', 'province', 'year', 'template'] as const;

/** A row per report, a column per indicator id that has a value anywhere (catalog order). */
export function wideTable(reports: readonly DownloadRecord[]): { fields: string[]; rows: Array<Record<string, unknown>> } {
  const cols = wideColumns(reports);
  return { fields: [...WIDE_BASE, ...cols], rows: reports.map((r) => wideRow(r, cols)) };
}

/** The indicator columns of the wide table: ids with a value in any report, catalog order. */
export function wideColumns(reports: readonly DownloadRecord[]): string[] {
  const ids = new Set<string>();
  for (const r of reports) for (const o of [r.values, r.textValues, r.derived]) for (const id of Object.keys(o)) ids.add(id);
  return [...ids].sort(byCatalog);
}

/** The columns that name a report, first in the wide table and the rate CSVs (WIDE_BASE of placeColumns). */
export function reportColumns(r: ColumnSource): Record<string, unknown> {
  const c = placeColumns(r);
  return Object.fromEntries(WIDE_BASE.map((k) => [k, c[k]]));
}

/** One report's row of the wide table. */
export function wideRow(r: DownloadRecord, cols: readonly string[]): Record<string, unknown> {
  const row = reportColumns(r);
  for (const id of cols) row[id] = r.values[id] ?? r.textValues[id] ?? r.derived[id] ?? null;
  return row;
}

export const INDICATOR_FIELDS = ['report_id', 'place_id', 'place_name', 'level', 'province', 'year', 'template', 'value', 'unit', 'source', 'flags'] as const;

/** Rows of one indicator across reports (reports without a value are left out). */
export function indicatorRows(id: string, reports: readonly DownloadRecord[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const r of reports) {
    const row = longRows(r).find((x) => x.indicator_id === id);
    if (row) out.push({ ...row, province: r.meta.province ?? '' });
  }
  return out.sort((a, b) => Number(a.year ?? 0) - Number(b.year ?? 0) || String(a.place_name).localeCompare(String(b.place_name), 'zh-CN'));
}

/** Ids that have a value in any report. */
export function idsWithValues(reports: readonly DownloadRecord[]): string[] {
  const ids = new Set<string>();
  for (const r of reports) for (const o of [r.values, r.textValues, r.derived]) for (const id of Object.keys(o)) ids.add(id);
  return [...ids].sort(byCatalog);
}

export interface ReportIndexEntry {
  id: string;
  file: string;
  url: string;
  place_id: string;
  place_name: string;
  level: string | null;
  province: string | null;
  prefecture: string | null;
  year: number | null;
  published: string | null;
  template: string;
  variant: string | null;
  kind: string;
  values: number;
  checks: { pass: number; fail: number; warn: number; not_assessable: number; used_for_decoding: number };
  conflicts: number;
  ambiguous: number;
}

export function reportIndexEntry(r: DownloadRecord): ReportIndexEntry {
  const c = checkCountsOf(r);
  return {
    id: r.id,
    file: r.file,
    url: `/reports/${r.id}/`,
    place_id: r.placeKey,
    place_name: r.placeName,
    level: r.meta.level,
    province: r.meta.province,
    prefecture: r.meta.prefecture,
    year: r.meta.year,
    published: r.meta.published,
    template: r.meta.template,
    variant: r.meta.variant,
    kind: r.meta.kind,
    values: Object.keys(r.values).length,
    checks: { pass: c.pass, fail: c.fail, warn: c.warn, not_assessable: c.na, used_for_decoding: c.decoding },
    conflicts: r.conflicts.length,
    ambiguous: r.gaps.filter((g) => g.reason === 'ambiguous').length,
  };
}

/** A report as JSON for download (the record, text included); compact: it is most of the site's bytes. */
export function reportJson(r: SiteReport): string {
  return JSON.stringify(r);
}

export const README = `年报对比（Nianbao）数据下载说明
================================

所有 CSV 文件均为 UTF-8 编码并带 BOM（Excel 可直接打开），逗号分隔，行尾为 CRLF，首行为列名。
数值为报告原文中的数字（万元保留原文小数位）；空单元格表示报告未给出该值。

reports.json —— 每份报告一条
  id            报告编号（网址 /reports/<id>/）
  file          原始文件名
  url           报告页面路径
  place_id      地区编号：6 位行政区划代码，或英文短名（开发区等），部门为 代码-部门简称
  place_name    地区（或部门）名称
  level         级别：province 省级 / prefecture 地市级 / county 县级 / township 乡镇 /
                development-zone 开发区 / department 部门
  province, prefecture  所属省、地市
  year          报告年度（null = 无法确定）
  published     发布日期 YYYY-MM-DD
  template      pre2019（2014 统计表及更早）/ post2019（2019、2021 年报格式）/ none（非年报）
  variant       2008-2013 / 2014 / 2019 / 2021 / mixed
  kind          annual-report 年度报告 / scorecard 成绩单 / other
  values        提取到的数值个数
  checks        勾稽检查：pass 通过 / fail 未通过（错误）/ warn 未通过（警告）/ not_assessable 无法评估 /
                used_for_decoding 用于拆分（原文数字连在一起，按该规则拆分，规则必然成立，不算通过）
  conflicts     正文与表格不一致的数值个数
  ambiguous     无法确定（粘连数字有多种读法）的单元格个数

nianbao-long.csv —— 长表：每个数值一行
  report_id, place_id, place_name   同上
  province, prefecture   所属省、地市（无法确定时为空）
  level         级别代码（同上）
  level_zh      级别中文：省级、地市级、县级、乡镇、开发区、部门
  year          报告年度
  template      格式：pre2019/2014、pre2019/2008-2013、post2019/2019、post2019/2021 等
  indicator_id  指标编号（固定不变，见 /indicators/）
  indicator_zh  指标中文名
  value         数值
  unit          单位（条、件、次、篇、个、人、人次、万元）
  source        来源：table 表格 / prose 正文 / text 正文中的其他数字（如信息处理费）/
                derived 派生（报告未列出，由表格定义计算，如小计、行政诉讼合计）
  flags         标记（以 | 分隔）：approximate 约数，decoded 由粘连数字拆分，
                chinese-numeral 中文数字，unit-converted 已换算单位，derived 派生，
                conflict 正文与表格不一致（取表格值）
  source_url    报告原文的网址（已知时）

nianbao-core.csv —— 核心序列（跨格式可比，2011 年至今）
  report_id … template   同长表前 9 列
  series_id     核心指标编号：requests-received 收到申请、granted 予以公开、partially-granted 部分公开、
                refused 不予公开、not-held 信息不存在、reconsiderations 行政复议、lawsuits 行政诉讼、
                normative-documents 制发规范性文件
  series_zh, series_en   核心指标名称
  comparable    yes 可比 / approximate 大致可比（两种格式的口径略有不同）
  value, unit   该年格式中对应指标之和
  indicator_ids 取值所用的指标编号（以 + 连接）
  flags         所用数值的标记（以 | 分隔，同长表）
  template_change  1 = 与该地区上一个有数值的年度格式不同（2019 年格式改变处）

nianbao-wide.csv —— 宽表：每份报告一行，每个指标一列
  前 7 列为 report_id, place_id, place_name, level, province, year, template；
  其后每列是一个指标编号，只包括至少一份报告有数值的指标。派生值也填入对应列。

indicators/<指标编号>.csv —— 单个指标在各报告中的数值
  report_id, place_id, place_name, level, province, year, template, value, unit, source, flags

reports/<id>/data.csv 与 data.json —— 单份报告的全部数值（CSV 同长表）与完整记录（含原文）。

2014 统计表与 2019 年后格式的指标不同；跨格式比较请使用“对比”页面中的核心指标（由对照表换算）。
`;

/** README.txt: the release (version, date, licence) first, then the columns. */
export function readmeText(release: Release): string {
  return `${README.split('\n').slice(0, 2).join('\n')}\n\n${releaseLines(release).join('\n')}\n\n${README.split('\n').slice(3).join('\n')}`;
}
