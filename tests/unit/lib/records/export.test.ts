// Writing the download files (src/lib/records/export.ts, run by ingest and scripts/export-data.ts).
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportCombined, exportCombinedAsync, exportDownloads, exportReportFiles, exportWideXlsx, installDownloads, prepareCombined, prepareDownloads, writeIndicatorCsvs, writeLongCsv, writeXlsxJob } from '../../../../src/lib/records/export.ts';
import { LONG_FIELDS, cellsOfLines, longRows, reportJson, valueLines } from '../../../../src/lib/site/downloads.ts';
import { toCsv } from '../../../../src/lib/site/csv.ts';
import { summarize } from '../../../../src/lib/records/summary.ts';
import { makeRelease } from '../../../../src/lib/site/release.ts';
import { postReport, preReport } from '../site/fixture-report.ts';

const REL = makeRelease('0.1.0', 'abcdef0123', new Date('2026-12-01T10:00:00Z'));

const tmp = () => mkdtempSync(join(tmpdir(), 'nianbao-export-'));
const csv = (path: string) => Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').slice(1), { header: true, skipEmptyLines: true });
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name])).sort();
// 桃源县 2017 and 2016 (site order: place, then year) and 平潭 2021
const reports = () => [postReport(), preReport({ id: '430725-2016', meta: { ...preReport().meta, year: 2016 } }), preReport()];

describe('exportReportFiles', () => {
  it('writes a report’s data.csv (its long rows) and data.json (the record) and returns their sizes', () => {
    const out = tmp();
    const sizes = exportReportFiles(preReport(), out);
    const dir = join(out, 'reports', '430725-2017');
    expect(readFileSync(join(dir, 'data.csv'), 'utf8')).toBe(toCsv(LONG_FIELDS, longRows(preReport()) as never));
    expect(readFileSync(join(dir, 'data.json'), 'utf8')).toBe(reportJson(preReport()));
    expect(sizes).toEqual({ '/reports/430725-2017/data.csv': statSync(join(dir, 'data.csv')).size, '/reports/430725-2017/data.json': statSync(join(dir, 'data.json')).size });
  });
});

describe('exportCombined', () => {
  it('streams the long CSV with the same bytes as toCsv of every report’s rows', () => {
    const out = tmp();
    prepareDownloads(out);
    exportCombined(reports(), out, REL);
    expect(readFileSync(join(out, 'data', 'nianbao-long.csv'), 'utf8')).toBe(toCsv(LONG_FIELDS, reports().flatMap((r) => longRows(r)) as never));
  });

  it('writes the same indicator CSVs when it keeps no value cells from the long CSV', () => {
    const [a, b] = [tmp(), tmp()];
    for (const d of [a, b]) prepareDownloads(d);
    exportCombined(reports(), a, REL);
    exportCombined(reports(), b, REL, { keepCells: 0 });
    const indicatorFiles = files(join(a, 'data', 'indicators'));
    expect(files(join(b, 'data', 'indicators'))).toEqual(indicatorFiles);
    for (const f of indicatorFiles) expect(readFileSync(join(b, 'data', 'indicators', f), 'utf8')).toBe(readFileSync(join(a, 'data', 'indicators', f), 'utf8'));
  });

  it('writes one CSV per indicator, ordered by year, then place', () => {
    const out = tmp();
    prepareDownloads(out);
    exportCombined([postReport({ meta: { ...postReport().meta, year: 2016 }, values: { 'requests.received': 5 } }), ...reports().slice(1)], out, REL);
    expect(csv(join(out, 'data', 'indicators', 'requests.received.csv')).data.map((r) => [r.year, r.place_name, r.value])).toEqual([
      ['2016', '平潭综合实验区', '5'],
      ['2016', '桃源县', '210'],
      ['2017', '桃源县', '210'],
    ]);
  });

  it('writes reports.json, the wide CSV (indicator columns, then rates), the core series, README, the release and the codebook, with their sizes', () => {
    const out = tmp();
    prepareDownloads(out);
    const sizes = exportCombined(reports(), out, REL);
    const index = JSON.parse(readFileSync(join(out, 'data', 'reports.json'), 'utf8')) as Array<{ id: string; checks: object }>;
    expect(index.map((r) => r.id)).toEqual(['pingtan-zone-2021', '430725-2016', '430725-2017']);
    const wide = csv(join(out, 'data', 'nianbao-wide.csv'));
    const fields = wide.meta.fields!;
    // 桃源县 2016 → 2017: 210 → 210 requests, a change rate of 0 %
    expect([fields.slice(0, 3), fields.indexOf('requests.received') < fields.indexOf('rate.requests_change'), fields.at(-1)]).toEqual([['report_id', 'place_id', 'place_name'], true, 'rate.requests_change']);
    expect(wide.data.map((r) => [r['requests.received'], r['rate.requests_change']])).toEqual([['', ''], ['210', ''], ['210', '0']]);
    expect(Object.keys(sizes).filter((p) => !p.startsWith('/data/indicators/')).sort()).toEqual(['/data/README.txt', '/data/indicators.csv', '/data/nianbao-core.csv', '/data/nianbao-long.csv', '/data/nianbao-wide.csv', '/data/release.json', '/data/reports.json']);
    expect(sizes['/data/nianbao-wide.csv']).toBe(statSync(join(out, 'data', 'nianbao-wide.csv')).size);
  });

  it('writes the same files from report summaries as from full records', () => {
    const [full, light] = [tmp(), tmp()];
    prepareDownloads(full);
    prepareDownloads(light);
    exportCombined(reports(), full, REL);
    exportCombined(reports().map((r) => summarize(r)), light, REL);
    expect(files(light)).toEqual(files(full));
    expect(files(light).filter((f) => readFileSync(join(light, f), 'utf8') !== readFileSync(join(full, f), 'utf8'))).toEqual([]);
  });

  it('writes the same files from summaries with the value cells made from the full records (ingest: its workers’ value lines)', () => {
    const [full, light] = [tmp(), tmp()];
    prepareDownloads(full);
    prepareDownloads(light);
    exportCombined(reports(), full, REL);
    const lines = new Map(reports().map((r) => [r.id, valueLines(r)!]));
    // one report without lines: its cells are made from its summary
    lines.delete('430725-2016');
    exportCombined(reports().map((r) => summarize(r)), light, REL, { cells: (r) => (lines.has(r.id) ? cellsOfLines(lines.get(r.id)!) : null) });
    expect(files(light)).toEqual(files(full));
    expect(files(light).filter((f) => readFileSync(join(light, f), 'utf8') !== readFileSync(join(full, f), 'utf8'))).toEqual([]);
  });
});

describe('exportCombinedAsync', () => {
  it('writes the files and sizes (in key order) of exportCombined + exportWideXlsx when the long and indicator CSVs and the XLSX are jobs for another thread', async () => {
    const [here, there] = [tmp(), tmp()];
    prepareDownloads(here);
    prepareDownloads(there);
    const own = exportCombined(reports(), here, REL);
    await exportWideXlsx(reports(), join(here, 'data', 'nianbao-wide.xlsx'));
    // the jobs go through structured cloning, as to a worker thread
    const jobs: string[] = [];
    const sizes = await exportCombinedAsync(reports().map((r) => summarize(r)), there, REL, { cells: (r) => cellsOfLines(valueLines(reports().find((x) => x.id === r.id)!)!) }, {
      long: async (job) => (jobs.push('long'), writeLongCsv(structuredClone(job))),
      indicators: async (job) => (jobs.push('indicators'), writeIndicatorCsvs(structuredClone(job))),
      xlsx: async (job) => (jobs.push('xlsx'), writeXlsxJob(structuredClone(job))),
    });
    expect(jobs.sort()).toEqual(['indicators', 'long', 'xlsx']);
    expect(Object.entries(sizes)).toEqual(Object.entries(own));
    expect(files(there)).toEqual(files(here));
    expect(files(there).filter((f) => !readFileSync(join(there, f)).equals(readFileSync(join(here, f))))).toEqual([]);
  });
});

describe('exportCombined with row keys', () => {
  it('keeps the indicator CSVs whose rows come from unchanged reports, rewrites the rest, and ends with the files of a full export', () => {
    const [inc, full] = [tmp(), tmp()];
    const key = (r: { id: string; values: Record<string, number> }) => `${r.id}:${JSON.stringify(r.values)}`;
    prepareDownloads(inc);
    const first: Record<string, string> = {};
    exportCombined(reports(), inc, REL, { reportKey: key, keys: first });
    // each file also linked elsewhere, as into a built site: a kept file is still that file, a rewritten one is new
    const site = tmp();
    const at = (id: string) => join(inc, 'data', 'indicators', `${id}.csv`);
    for (const id of ['requests.received', 'requests.received.in_person']) linkSync(at(id), join(site, `${id}.csv`));
    const stillLinked = (id: string) => statSync(at(id)).nlink === 2;
    // 平潭 2021 now states 收到申请 5 and no other value: only the files with its rows change
    const changed = [postReport({ values: { 'requests.received': 5 }, derived: {}, textValues: {} }), ...reports().slice(1)];
    prepareCombined(inc, { keepIndicatorFiles: true });
    const second: Record<string, string> = {};
    exportCombined(changed, inc, REL, { reportKey: key, previousKeys: first, keys: second });
    prepareDownloads(full);
    exportCombined(changed, full, REL);
    expect(files(inc)).toEqual(files(full));
    expect(files(inc).filter((f) => readFileSync(join(inc, f), 'utf8') !== readFileSync(join(full, f), 'utf8'))).toEqual([]);
    expect([stillLinked('requests.received'), stillLinked('requests.received.in_person')]).toEqual([false, true]);
    expect(Object.keys(second).filter((p) => second[p] !== first[p])).toContain('/data/indicators/requests.received.csv');
  });
});

describe('exportDownloads', () => {
  it('empties the folder, writes every file and lists each with its size in sizes.json', () => {
    const out = tmp();
    mkdirSync(join(out, 'data'), { recursive: true });
    writeFileSync(join(out, 'data', 'stale.csv'), 'old');
    exportDownloads(reports(), out, REL);
    const sizes = JSON.parse(readFileSync(join(out, 'sizes.json'), 'utf8')) as Record<string, number>;
    expect(existsSync(join(out, 'data', 'stale.csv'))).toBe(false);
    expect(Object.keys(sizes).map((p) => p.slice(1)).sort()).toEqual(files(out).filter((f) => f !== 'sizes.json'));
    expect(Object.entries(sizes).filter(([p, n]) => statSync(join(out, p)).size !== n)).toEqual([]);
  });
});

describe('installDownloads', () => {
  it('links every download but sizes.json into the site at the same path, replacing what is there', () => {
    const out = tmp();
    const site = tmp();
    exportDownloads(reports(), out, REL);
    mkdirSync(join(site, 'data'), { recursive: true });
    writeFileSync(join(site, 'data', 'reports.json'), 'old');
    const n = installDownloads(out, site);
    const installed = files(site);
    expect([n, installed]).toEqual([files(out).length - 1, files(out).filter((f) => f !== 'sizes.json')]);
    expect(statSync(join(site, 'data', 'reports.json')).ino).toBe(statSync(join(out, 'data', 'reports.json')).ino);
  });
});

describe('exportWideXlsx', () => {
  it('holds the wide CSV’s rows under a Chinese header row', async () => {
    const out = tmp();
    prepareDownloads(out);
    exportCombined(reports(), out, REL);
    const path = join(out, 'wide.xlsx');
    const size = await exportWideXlsx(reports(), path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('宽表')!;
    const width = ws.getRow(2).cellCount;
    const rows = Array.from({ length: ws.rowCount }, (_, i) => Array.from({ length: width }, (_, c) => String(ws.getRow(i + 1).getCell(c + 1).value ?? '')));
    const wide = Papa.parse<string[]>(readFileSync(join(out, 'data', 'nianbao-wide.csv'), 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect([size, rows[0]!.slice(0, 2), rows.slice(1)]).toEqual([statSync(path).size, ['报告编号', '地区编号'], wide]);
  });
});

describe('exportDownloads: CSV form', () => {
  const out = tmp();
  const sizes = exportDownloads([preReport({ sourceInfo: { source: 's', format: 'txt', original: '', notes: '', url: 'https://example.gov.cn/a,b.html' } }), postReport()], out, makeRelease('0.1.0', 'abc', new Date('2026-01-01T00:00:00Z')));
  const csvs = files(out).filter((f) => f.endsWith('.csv')).map((f) => join(out, f));

  it('writes every CSV with a BOM and one line-ending style, CRLF', () => {
    expect(csvs.length).toBeGreaterThan(5);
    const bad = csvs.filter((f) => {
      const t = readFileSync(f, 'utf8');
      return !t.startsWith('\uFEFF') || /[^\r]\n|\r[^\n]/.test(t.replace(/"[^"]*"/g, ''));
    });
    expect(bad).toEqual([]);
  });

  it('writes the core series CSV and the source URL into the long CSV and the report CSV', () => {
    expect(sizes['/data/nianbao-core.csv']).toBeGreaterThan(0);
    const long = readFileSync(join(out, 'data', 'nianbao-long.csv'), 'utf8');
    expect(long.split('\r\n')[1]).toMatch(/,"https:\/\/example\.gov\.cn\/a,b\.html"$/);
    expect(readFileSync(join(out, 'reports', '430725-2017', 'data.csv'), 'utf8')).toContain('"https://example.gov.cn/a,b.html"');
  });
});
