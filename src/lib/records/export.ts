// Writing the download files (/data/*, /data/indicators/<id>.csv, /reports/<id>/data.csv|json)
// from site records: every value row is built once and shared. Used by ingest (and its workers)
// and by the scripts/export-data.ts CLI.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from './files-under.ts';
import type { SiteReport } from './model.ts';
import type { DownloadRecord } from '../site/downloads.ts';
import {
  INDICATOR_FIELDS, LONG_FIELDS, readmeText, WIDE_BASE, idsWithValues, idZhCells, longCsvLines, longCsvLinesOfCells, placeCells, reportColumns, reportIndexEntry, reportJson, valueCells, wideBaseCells, wideColumns, type ValueCells,
} from '../site/downloads.ts';
import { BOM, EOL, csvCell, csvCells, csvFile, csvHeader, csvLine, toCsv } from '../site/csv.ts';
import { RATE_FIELDS, rateColumns, rateDownloadRows } from '../site/rate-downloads.ts';
import { CODEBOOK_FIELDS, codebookRows } from '../site/codebook.ts';
import { CORE_FIELDS, coreRows } from '../site/core-downloads.ts';
import { wideXlsxOfCells } from '../site/xlsx.ts';
import type { Release } from '../site/release.ts';

/**
 * A report's row of the wide table as cells in field order (WIDE_BASE, indicator columns, rate
 * columns): the same values as wideRow + the rates, without building an object of several hundred
 * keys per report. A printed value wins over a text value, which wins over a derived one.
 */
function wideCellsOf(cols: readonly string[], rateCols: readonly string[], rateRows: ReturnType<typeof rateDownloadRows>): (r: DownloadRecord) => unknown[] {
  const at = new Map(cols.map((id, i) => [id, WIDE_BASE.length + i]));
  const rates = rateCols.map((id) => rateRows.get(id)!);
  const width = WIDE_BASE.length + cols.length + rateCols.length;
  return (r) => {
    const cells: unknown[] = new Array(width).fill(null);
    const base = reportColumns(r);
    WIDE_BASE.forEach((k, i) => (cells[i] = base[k]));
    for (const o of [r.derived, r.textValues, r.values]) for (const id in o) {
      const i = at.get(id);
      if (i !== undefined && o[id] !== null && o[id] !== undefined) cells[i] = o[id];
    }
    rates.forEach((m, j) => (cells[WIDE_BASE.length + cols.length + j] = m.get(r.id)?.value ?? null));
    return cells;
  };
}

/** Value cells exportCombined keeps between the long CSV and the indicator CSVs (~60 bytes each: ~120 MB at most). */
const KEEP_CELLS = 2_000_000;

// the rate rows of a list of reports, made once for the CSVs and the XLSX of the same list (never changed after)
const rateRowsMemo = new WeakMap<readonly DownloadRecord[], ReturnType<typeof rateDownloadRows>>();
function rateRowsOf(reports: readonly DownloadRecord[]): ReturnType<typeof rateDownloadRows> {
  let rows = rateRowsMemo.get(reports);
  if (!rows) rateRowsMemo.set(reports, (rows = rateDownloadRows(reports)));
  return rows;
}

/** The wide table (indicator and rate columns) as an XLSX with a Chinese header row, streamed to `path`. */
export async function exportWideXlsx(reports: readonly DownloadRecord[], path: string): Promise<number> {
  const cols = wideColumns(reports);
  const rateRows = rateRowsOf(reports);
  const rateCols = rateColumns(rateRows);
  const fields = [...WIDE_BASE, ...cols, ...rateCols];
  const cellsOf = wideCellsOf(cols, rateCols, rateRows);
  function* rows() {
    for (const r of reports) yield cellsOf(r) as Array<string | number | null>;
  }
  mkdirSync(dirname(path), { recursive: true });
  await wideXlsxOfCells(fields, rows(), path);
  return statSync(path).size;
}

export interface DownloadSizes {
  /** Bytes (UTF-8) per site path, e.g. "/data/nianbao-long.csv". */
  [path: string]: number;
}

/** Write every download of `reports` (site order) under `out` (mirroring site paths); returns sizes. */
export function exportDownloads(reports: readonly SiteReport[], out: string, release: Release): DownloadSizes {
  prepareDownloads(out);
  const sizes = exportCombined(reports, out, release);
  for (const r of reports) Object.assign(sizes, exportReportFiles(r, out));
  writeSizes(out, sizes);
  return sizes;
}

/** Empty `out` and create its directories. */
export function prepareDownloads(out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'data', 'indicators'), { recursive: true });
  mkdirSync(join(out, 'reports'), { recursive: true });
}

/**
 * Empty `out`'s /data/ files (the downloads about all reports), keeping each report's own files and,
 * with `keepIndicatorFiles`, the indicator CSVs (exportCombined then keeps those whose rows are
 * unchanged: see CombinedOptions.previousKeys).
 */
export function prepareCombined(out: string, { keepIndicatorFiles = false }: { keepIndicatorFiles?: boolean } = {}): void {
  if (keepIndicatorFiles && existsSync(join(out, 'data'))) {
    for (const e of readdirSync(join(out, 'data'), { withFileTypes: true })) if (e.name !== 'indicators') rmSync(join(out, 'data', e.name), { recursive: true, force: true });
  } else rmSync(join(out, 'data'), { recursive: true, force: true });
  mkdirSync(join(out, 'data', 'indicators'), { recursive: true });
  mkdirSync(join(out, 'reports'), { recursive: true });
}

/** The files that name the release (README, release.json): new on every ingest, whatever else changed. */
export function exportRelease(out: string, release: Release): DownloadSizes {
  const sizes: DownloadSizes = {};
  const write = (path: string, body: string) => {
    writeFileSync(join(out, path), body);
    sizes[path] = Buffer.byteLength(body, 'utf8');
  };
  write('/data/README.txt', '\uFEFF' + readmeText(release));
  write('/data/release.json', JSON.stringify(release, null, 1));
  return sizes;
}

/** sizes.json: the /data/ page reads download sizes from it (not installed into the site). */
export function writeSizes(out: string, sizes: DownloadSizes): void {
  writeFileSync(join(out, 'sizes.json'), JSON.stringify(sizes));
}

/** A report's own files, /reports/<id>/data.csv and data.json (`r` validated by siteReportSchema). */
export function exportReportFiles(r: SiteReport, out: string): DownloadSizes {
  return writeReportFiles(r, out).sizes;
}

/** exportReportFiles, also giving data.json's bytes (its hash names the record: see records/write.ts). */
export function writeReportFiles(r: SiteReport, out: string): { sizes: DownloadSizes; json: Buffer } {
  return writeReportBytes(r.id, out, reportCsv(longCsvLines(r)), Buffer.from(reportJson(r), 'utf8'));
}

/** A report's data.csv from its long lines (site/downloads.ts longCsvLines). */
export function reportCsv(lines: readonly string[]): Buffer {
  return Buffer.from(csvFile([csvHeader(LONG_FIELDS), ...lines]), 'utf8');
}

/** Write a report's data.csv and data.json (/reports/<id>/) and return their sizes. */
export function writeReportBytes(id: string, out: string, csv: Buffer, json: Buffer): { sizes: DownloadSizes; json: Buffer } {
  const dir = join(out, 'reports', id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'data.csv'), csv);
  writeFileSync(join(dir, 'data.json'), json);
  return { sizes: { [`/reports/${id}/data.csv`]: csv.length, [`/reports/${id}/data.json`]: json.length }, json };
}

/** A file written in pieces (big CSVs are streamed instead of being built as one string). */
class FileOut {
  private fd: number;
  private buf: string[] = [];
  private len = 0;
  bytes = 0;
  constructor(
    path: string,
    private chunk = 1 << 20,
  ) {
    this.fd = openSync(path, 'w');
  }
  write(s: string) {
    this.buf.push(s);
    this.len += s.length;
    if (this.len > this.chunk) this.flush();
  }
  private flush() {
    if (!this.buf.length) return;
    const b = Buffer.from(this.buf.join(''), 'utf8');
    writeSync(this.fd, b);
    this.bytes += b.length;
    this.buf = [];
    this.len = 0;
  }
  close(): number {
    this.flush();
    closeSync(this.fd);
    return this.bytes;
  }
}

/** A CSV file (BOM, header, EOL between lines) streamed line by line; the same bytes as toCsv (csv.ts). */
class CsvOut {
  private f: FileOut;
  private lines = 0;
  constructor(path: string, fields: readonly string[], chunk?: number) {
    this.f = new FileOut(path, chunk);
    this.f.write(BOM + csvHeader(fields));
  }
  line(s: string) {
    this.f.write(EOL + s);
    this.lines++;
  }
  close(): number {
    if (this.lines === 0) this.f.write(EOL);
    return this.f.close();
  }
}

export interface CombinedOptions {
  /** The original address of a report (sources.csv `url`) when `reports` are summaries without sourceInfo. */
  sourceUrl?: (r: DownloadRecord) => string | undefined;
  /**
   * A report's key (records/written-manifest.ts reportKey: its parsed record and what ingest added),
   * null when unknown. With it every indicator CSV gets a row key (`keys`): the ids and keys of the
   * reports its rows come from, in row order.
   */
  reportKey?: (r: DownloadRecord) => string | null;
  /** How many value cells to keep from the long CSV for the indicator CSVs (default KEEP_CELLS; past it they are made again). */
  keepCells?: number;
  /** Row keys of the indicator CSVs already in `out` (path → key): a file whose key is unchanged is kept as it is. */
  previousKeys?: Readonly<Record<string, string>>;
  /** Filled with the row key of every indicator CSV written or kept (path → key). */
  keys?: Record<string, string>;
  /**
   * A report's valueCells made already (ingest: from the value lines its worker made for data.csv,
   * from the full record), or null: then they are made from `r`.
   */
  cells?: (r: DownloadRecord) => ValueCells[] | null;
}

/**
 * Parts of exportCombinedAsync another thread may write (ingest: its idle workers), each from a job
 * of plain data: the indicator CSVs (writeIndicatorCsvs) and the wide XLSX (writeXlsxJob). The bytes
 * are the ones exportCombined and exportWideXlsx write.
 */
export interface CombinedOffload {
  long?: (job: LongJob) => Promise<number>;
  indicators?: (job: IndicatorJob) => Promise<DownloadSizes>;
  xlsx?: (job: XlsxJob) => Promise<unknown>;
}

/** The indicator CSVs to write: `reports` in the files' row order, each with its value cells as positions in `ids` and tails joined by line feeds. */
export interface IndicatorJob {
  out: string;
  ids: string[];
  /** Positions in `ids` of the files to write (the others are kept). */
  write: number[];
  reports: Array<{ head: string; at: Int32Array; tails: string }>;
}

/** Write a job's indicator CSVs (each report's first row of an id): their sizes by site path, in `write` order. */
export function writeIndicatorCsvs(job: IndicatorJob): DownloadSizes {
  const files: Array<CsvOut | undefined> = new Array(job.ids.length);
  for (const k of job.write) {
    const file = join(job.out, 'data', 'indicators', `${job.ids[k]}.csv`);
    rmSync(file, { force: true });
    files[k] = new CsvOut(file, INDICATOR_FIELDS, 1 << 16);
  }
  const seen = new Uint8Array(job.ids.length);
  for (const { head, at, tails } of job.reports) {
    if (at.length === 0) continue;
    seen.fill(0);
    const t = tails.split('\n');
    for (let i = 0; i < at.length; i++) {
      const k = at[i]!;
      if (seen[k]) continue;
      seen[k] = 1;
      files[k]?.line(`${head},${t[i]}`);
    }
  }
  const sizes: DownloadSizes = {};
  for (const k of job.write) sizes[`/data/indicators/${job.ids[k]}.csv`] = files[k]!.close();
  return sizes;
}

/** The long CSV to write: every report in site order with its place cells, source URL cell and value cells (as in IndicatorJob). */
export interface LongJob {
  path: string;
  ids: string[];
  reports: Array<{ head: string; url: string; at: Int32Array; tails: string }>;
}

/** Write a LongJob: the bytes exportCombined's long CSV has; returns its size. */
export function writeLongCsv(job: LongJob): number {
  const idZh = job.ids.map(idZhCells);
  const long = new CsvOut(job.path, LONG_FIELDS);
  for (const { head, url, at, tails } of job.reports) {
    if (at.length === 0) continue;
    const t = tails.split('\n');
    for (let i = 0; i < at.length; i++) long.line(`${head},${idZh[at[i]!]},${t[i]},${url}`);
  }
  return long.close();
}

/** Value cells as an IndicatorJob / LongJob carries them: positions of their ids and their tails joined by line feeds. */
function packed(cells: readonly ValueCells[], positions: ReadonlyMap<string, number>): { at: Int32Array; tails: string } {
  return { at: Int32Array.from(cells, (v) => positions.get(v.id)!), tails: cells.map((v) => v.tail).join('\n') };
}

/** Every report's given cells (ingest: its workers' value lines), or null when one has none, they are over OFFLOAD_CELLS or a tail holds a line feed. */
function givenCells(reports: readonly DownloadRecord[], of: CombinedOptions['cells']): { cells: ValueCells[][]; count: number } | null {
  if (!of) return null;
  const cells: ValueCells[][] = [];
  let count = 0;
  for (const r of reports) {
    const c = of(r);
    if (!c || (count += c.length) > OFFLOAD_CELLS || c.some((v) => v.tail.includes('\n'))) return null;
    cells.push(c);
  }
  return { cells, count };
}

/** The wide XLSX's rows as plain data: WIDE_BASE cells, then each row's numeric cells as (column, value) pairs, or the whole row where a cell is not a number. */
export interface XlsxJob {
  path: string;
  fields: string[];
  /** WIDE_BASE.length cells a row. */
  base: unknown[];
  /** Numeric cells past the base: columns and values, row i's from ends[i - 1] to ends[i]. */
  cols: Int32Array;
  nums: Float64Array;
  ends: Int32Array;
  /** Rows with a cell past the base that is not a number (or null): row index → its cells. */
  whole: Map<number, unknown[]>;
}

function xlsxJob(path: string, fields: string[], rows: ReadonlyArray<readonly unknown[]>): XlsxJob {
  const nb = WIDE_BASE.length;
  const base: unknown[] = [];
  const cols: number[] = [];
  const nums: number[] = [];
  const ends = new Int32Array(rows.length);
  const whole = new Map<number, unknown[]>();
  rows.forEach((cells, i) => {
    const mark = cols.length;
    for (let c = 0; c < nb; c++) base.push(cells[c]);
    for (let c = nb; c < cells.length; c++) {
      const v = cells[c];
      if (v === null || v === undefined) continue;
      if (typeof v !== 'number') {
        cols.length = nums.length = mark;
        whole.set(i, [...cells]);
        break;
      }
      cols.push(c);
      nums.push(v);
    }
    ends[i] = cols.length;
  });
  return { path, fields, base, cols: Int32Array.from(cols), nums: Float64Array.from(nums), ends, whole };
}

/** Write an XlsxJob: the workbook exportWideXlsx writes of the same rows. */
export async function writeXlsxJob(job: XlsxJob): Promise<number> {
  const nb = WIDE_BASE.length;
  const width = job.fields.length;
  function* rows() {
    for (let i = 0; i < job.ends.length; i++) {
      const w = job.whole.get(i);
      if (w) {
        yield w as Array<string | number | null>;
        continue;
      }
      const cells: Array<string | number | null> = new Array(width).fill(null);
      for (let c = 0; c < nb; c++) cells[c] = job.base[i * nb + c] as string | number | null;
      for (let j = i ? job.ends[i - 1]! : 0; j < job.ends[i]!; j++) cells[job.cols[j]!] = job.nums[j]!;
      yield cells;
    }
  }
  mkdirSync(dirname(job.path), { recursive: true });
  await wideXlsxOfCells(job.fields, rows(), job.path);
  return statSync(job.path).size;
}

/** Lines hashed at once by indicatorKeys. */
const KEY_BATCH = 256;

/**
 * Row keys of the indicator CSVs (path → key): each hashes, in row order, the id and reportKey of
 * every report with a value of that indicator. Null when some report's key is unknown.
 */
function indicatorKeys(order: ReadonlyArray<{ r: DownloadRecord }>, reportKey: (r: DownloadRecord) => string | null): Map<string, string> | null {
  // each hash is fed its lines in batches (the digest of the lines joined): one native call per batch, not per line
  const hashes = new Map<string, { h: ReturnType<typeof createHash>; lines: string[] }>();
  for (const { r } of order) {
    const key = reportKey(r);
    if (key === null) return null;
    const line = `${r.id}\0${key}\n`;
    const ids = new Set([...Object.keys(r.values), ...Object.keys(r.textValues), ...Object.keys(r.derived)]);
    for (const id of ids) {
      let x = hashes.get(id);
      if (!x) hashes.set(id, (x = { h: createHash('sha1'), lines: [] }));
      if (x.lines.push(line) === KEY_BATCH) {
        x.h.update(x.lines.join(''));
        x.lines = [];
      }
    }
  }
  return new Map([...hashes].map(([id, x]) => [`/data/indicators/${id}.csv`, x.h.update(x.lines.join('')).digest('hex')]));
}

/** The files about all reports: /data/reports.json, the long, wide and core CSVs, README, release.json, one CSV per indicator. */
export function exportCombined(reports: readonly DownloadRecord[], out: string, release: Release, opts: CombinedOptions = {}): DownloadSizes {
  return combinedParts(reports, out, release, opts, null).sizes;
}

/** Most value cells an IndicatorJob carries (past it the indicator CSVs are written here, from cells made again per report). */
const OFFLOAD_CELLS = 2_000_000;

/**
 * exportCombined, and the wide XLSX (exportWideXlsx at <out>/data/nianbao-wide.xlsx), with the
 * indicator CSVs and the XLSX handed to `offload` (written meanwhile by another thread) where it
 * takes them: the same files, and the same sizes in the same key order.
 */
export async function exportCombinedAsync(reports: readonly DownloadRecord[], out: string, release: Release, opts: CombinedOptions, offload: CombinedOffload): Promise<DownloadSizes> {
  const { sizes, pending } = combinedParts(reports, out, release, opts, offload);
  await Promise.all(pending);
  return sizes;
}

function combinedParts(reports: readonly DownloadRecord[], out: string, release: Release, opts: CombinedOptions, offload: CombinedOffload | null): { sizes: DownloadSizes; pending: Array<Promise<unknown>> } {
  const pending: Array<Promise<unknown>> = [];
  const sizes: DownloadSizes = {};
  const write = (path: string, body: string) => {
    writeFileSync(join(out, path), body);
    sizes[path] = Buffer.byteLength(body, 'utf8');
  };
  write('/data/reports.json', JSON.stringify(reports.map(reportIndexEntry), null, 1));
  // Same order as indicatorRows (year, then place name in zh-CN collation), with each distinct name
  // collated once: localeCompare per comparison made this the slowest step at 10,000 reports.
  const zh = new Intl.Collator('zh-CN').compare;
  const names = [...new Set(reports.map((r) => r.placeName))].sort(zh);
  const rank = new Map<string, number>();
  names.forEach((n, i) => rank.set(n, i > 0 && zh(names[i - 1]!, n) === 0 ? rank.get(names[i - 1]!)! : i));
  const urlOf = (r: DownloadRecord) => opts.sourceUrl?.(r) ?? r.sourceInfo?.url ?? '';
  // each report's value cells serve the long CSV and then the indicator CSVs (kept up to KEEP_CELLS cells in all)
  const kept = new Map<DownloadRecord, ValueCells[]>();
  let keptCells = 0;
  // with `offload`, the long CSV is a job for another thread when every report's cells are at hand
  const given = offload?.long ? givenCells(reports, opts.cells) : null;
  // every id with a value, in the indicator files' order, and its position (the jobs' value cells name ids by it)
  const ids = idsWithValues(reports);
  const positions = new Map(ids.map((id, k) => [id, k]));
  if (given) {
    reports.forEach((r, i) => kept.set(r, given.cells[i]!));
    keptCells = given.count;
    sizes['/data/nianbao-long.csv'] = 0;
    const job: LongJob = {
      path: join(out, 'data', 'nianbao-long.csv'),
      ids,
      reports: reports.map((r, i) => ({ head: placeCells(r), url: csvCell(urlOf(r)), ...packed(given.cells[i]!, positions) })),
    };
    pending.push(offload!.long!(job).then((size) => (sizes['/data/nianbao-long.csv'] = size)));
  } else {
    const long = new CsvOut(join(out, 'data', 'nianbao-long.csv'), LONG_FIELDS);
    for (const r of reports) {
      const cells = opts.cells?.(r) ?? valueCells(r);
      if (keptCells + cells.length <= (opts.keepCells ?? KEEP_CELLS)) {
        kept.set(r, cells);
        keptCells += cells.length;
      }
      for (const line of longCsvLinesOfCells(r, cells, urlOf(r))) long.line(line);
    }
    sizes['/data/nianbao-long.csv'] = long.close();
  }
  // One indicator across reports: each report's first row of that id, ordered by year, then place
  // name, then site order (what a stable sort of the site-order rows gives). The reports are put in
  // that order once and every indicator file is streamed, instead of holding every row to sort it.
  const order = reports.map((r, i) => ({ r, i, y: Number(r.meta.year ?? 0), k: rank.get(r.placeName)! }));
  order.sort((a, b) => a.y - b.y || a.k - b.k || a.i - b.i);
  // A file whose rows come from the same reports with the same keys as the file in `out` is kept
  // (its size read back); any other is written anew (a new inode: the old one may be linked into a site).
  const keys = opts.reportKey ? indicatorKeys(order, opts.reportKey) : null;
  // with `offload`, another thread writes the indicator CSVs from every report's kept cells (when all are kept)
  const elsewhere = !!offload?.indicators && kept.size === reports.length && keptCells <= OFFLOAD_CELLS && ![...kept.values()].some((cs) => cs.some((v) => v.tail.includes('\n')));
  const files = new Map<string, CsvOut | null>();
  for (const id of ids) {
    const path = `/data/indicators/${id}.csv`;
    const file = join(out, 'data', 'indicators', `${id}.csv`);
    const key = keys?.get(path);
    if (key !== undefined && opts.keys) opts.keys[path] = key;
    if (key !== undefined && opts.previousKeys?.[path] === key && existsSync(file)) {
      sizes[path] = statSync(file).size;
      continue;
    }
    if (elsewhere) {
      files.set(id, null);
      continue;
    }
    rmSync(file, { force: true });
    files.set(id, new CsvOut(file, INDICATOR_FIELDS, 1 << 16));
  }
  if (elsewhere && files.size) {
    // the rows below as a job; its sizes fill the keys placed here (sizes.json keeps this key order)
    for (const id of files.keys()) sizes[`/data/indicators/${id}.csv`] = 0;
    const job: IndicatorJob = {
      out,
      ids,
      write: [...files.keys()].map((id) => positions.get(id)!),
      reports: order.map(({ r }) => {
        return { head: wideBaseCells(r), ...packed(kept.get(r)!, positions) };
      }),
    };
    pending.push(offload!.indicators!(job).then((got) => Object.assign(sizes, got)));
    files.clear();
  } else if (files.size) {
    for (const { r } of order) {
      const seen = new Set<string>();
      const head = wideBaseCells(r);
      for (const v of kept.get(r) ?? valueCells(r, files)) {
        if (seen.has(v.id) || !files.has(v.id)) continue;
        seen.add(v.id);
        files.get(v.id)!.line(`${head},${v.tail}`);
      }
    }
  }
  for (const [id, f] of files) sizes[`/data/indicators/${id}.csv`] = f!.close();
  // Rates: one CSV each (same order as the indicator CSVs) and columns after the indicators in the wide table.
  kept.clear();
  const rateRows = rateRowsOf(reports);
  const rateCols = rateColumns(rateRows);
  for (const id of rateCols) {
    rmSync(join(out, 'data', 'indicators', `${id}.csv`), { force: true });
    const f = new CsvOut(join(out, 'data', 'indicators', `${id}.csv`), RATE_FIELDS, 1 << 16);
    const m = rateRows.get(id)!;
    for (const { r } of order) if (m.has(r.id)) f.line(csvLine(RATE_FIELDS, m.get(r.id)!));
    sizes[`/data/indicators/${id}.csv`] = f.close();
  }
  // files of indicators and rates no report has any more
  const live = new Set([...ids, ...rateCols].map((id) => `${id}.csv`));
  for (const f of readdirSync(join(out, 'data', 'indicators'))) if (!live.has(f)) rmSync(join(out, 'data', 'indicators', f), { force: true });
  const cols = wideColumns(reports);
  const fields = [...WIDE_BASE, ...cols, ...rateCols];
  const wide = new CsvOut(join(out, 'data', 'nianbao-wide.csv'), fields);
  const cellsOf = wideCellsOf(cols, rateCols, rateRows);
  const xlsxPath = join(out, 'data', 'nianbao-wide.xlsx');
  const xlsxElsewhere = !!offload?.xlsx && reports.length * fields.length <= OFFLOAD_CELLS * 4;
  if (xlsxElsewhere) {
    // the XLSX's rows are the wide CSV's cells: made once, for both
    const rows = reports.map(cellsOf);
    pending.push(offload!.xlsx!(xlsxJob(xlsxPath, fields, rows)));
    for (const cells of rows) wide.line(csvCells(cells));
  } else for (const r of reports) wide.line(csvCells(cellsOf(r)));
  sizes['/data/nianbao-wide.csv'] = wide.close();
  // streamed here after the CSVs (rows made one by one), as ingest did before
  if (offload && !xlsxElsewhere) pending.push(exportWideXlsx(reports, xlsxPath));
  Object.assign(sizes, exportRelease(out, release));
  write('/data/indicators.csv', toCsv(CODEBOOK_FIELDS, codebookRows()));
  write('/data/nianbao-core.csv', toCsv(CORE_FIELDS, coreRows(reports)));
  return { sizes, pending };
}

/** Hard-link (copy across file systems) every file under `from` into `to`, keeping relative paths. */
export function installDownloads(from: string, to: string): number {
  let n = 0;
  // one mkdir per folder, and a file is removed only when one is in the way (a fresh astro build
  // has none): the syscalls per download are one link
  const made = new Set<string>();
  const place = (p: string, target: string) => {
    try {
      linkSync(p, target);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        rmSync(target, { force: true });
        try {
          linkSync(p, target);
          return;
        } catch {
          // across file systems: copied below
        }
      }
    }
    copyFileSync(p, target);
  };
  for (const p of filesUnder(from, /./)) {
    const rel = relative(from, p);
    if (rel === 'sizes.json') continue;
    const target = join(to, rel);
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    place(p, target);
    n++;
  }
  return n;
}
