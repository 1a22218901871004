// Codebook and XLSX downloads open with the expected columns.
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';

test('the codebook lists indicators and rates with the documented columns', async ({ request }) => {
  const csv = await (await request.get('/data/indicators.csv')).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const p = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect([p.errors, p.meta.fields]).toEqual([[], ['id', 'zh', 'en', 'unit', 'template', 'section', 'definition', 'formula']]);
  expect(p.data.find((r) => r.id === 'rate.granted')!.formula).toContain('t3.granted.total / t3.total.total');
  expect(p.data.find((r) => r.id === 'requests.received')!.zh).toBe('收到申请数');
});

test('the wide XLSX opens with a Chinese header row, an id row and one row per report', async ({ request }) => {
  const [xlsx, wideCsv] = await Promise.all([request.get('/data/nianbao-wide.xlsx'), request.get('/data/nianbao-wide.csv')]);
  expect(xlsx.ok()).toBe(true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('宽表')!;
  const row = (n: number) => (ws.getRow(n).values as unknown[]).slice(1);
  const csv = Papa.parse<string[]>((await wideCsv.text()).slice(1), { skipEmptyLines: true }).data;
  expect(row(1).slice(0, 3)).toEqual(['报告编号', '地区编号', '地区']);
  expect(row(2)).toEqual(csv[0]);
  expect(ws.rowCount).toBe(csv.length + 1);
});

test('the core series CSV carries 平潭综合实验区 from 2011 to 2025 through the template change', async ({ request }) => {
  const csv = await (await request.get('/data/nianbao-core.csv')).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const p = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(p.errors).toEqual([]);
  const pt = p.data.filter((r) => r.place_id === 'pingtan-zone' && r.series_id === 'requests-received');
  expect(pt[0]!.year).toBe('2011');
  expect(pt.at(-1)!.year).toBe('2025');
  // The first year on the 2019 form is marked, and only it.
  const changed = pt.filter((r) => r.template_change === '1');
  expect(changed.map((r) => (r.template ?? '').split('/')[0])).toEqual(['post2019']);
  expect(pt.filter((r) => (r.template ?? '').startsWith('pre2019')).every((r) => r.indicator_ids === 'requests.received')).toBe(true);
});

test('the long CSV places each value by province, prefecture and 中文 level, with CRLF line ends', async ({ request }) => {
  const csv = await (await request.get('/data/nianbao-long.csv')).text();
  expect(csv.split('\n').slice(0, -1).every((l) => l.endsWith('\r'))).toBe(true);
  const p = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(p.data.find((r) => r.place_id === '530802')).toMatchObject({ province: '云南省', prefecture: '普洱市', level: 'county', level_zh: '县级' });
});
