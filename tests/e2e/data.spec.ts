import Papa from 'papaparse';
import { expect, test } from '@playwright/test';

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

test('/data/reports.json lists every report', async ({ request }) => {
  const res = await request.get('/data/reports.json');
  expect(res.ok()).toBe(true);
  const list = (await res.json()) as Array<Record<string, unknown>>;
  expect(list.length).toBeGreaterThan(0);
  const t = list.find((r) => r.place_name === '桃源县')!;
  expect(t).toMatchObject({ place_id: '430725', level: 'county', year: 2017, template: 'pre2019' });
  expect(t.checks).toHaveProperty('fail');
});

test('/data/nianbao-long.csv parses, has a BOM and derived values marked', async ({ request }) => {
  const csv = await (await request.get('/data/nianbao-long.csv')).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const p = parse(csv);
  expect(p.errors).toEqual([]);
  expect(p.meta.fields).toEqual(['report_id', 'place_id', 'place_name', 'province', 'prefecture', 'level', 'level_zh', 'year', 'template', 'indicator_id', 'indicator_zh', 'value', 'unit', 'source', 'flags', 'source_url']);
  const row = p.data.find((r) => r.place_id === '430725' && r.indicator_id === 'requests.received')!;
  expect(row).toMatchObject({ value: '210', unit: '件', place_name: '桃源县', year: '2017' });
  for (const r of p.data.filter((x) => x.source === 'derived')) expect(r.flags).toContain('derived');
});

test('wide CSV, per-indicator CSV, README and /data/ page', async ({ page, request }) => {
  const wide = parse(await (await request.get('/data/nianbao-wide.csv')).text());
  expect(wide.errors).toEqual([]);
  expect(wide.meta.fields!.slice(0, 3)).toEqual(['report_id', 'place_id', 'place_name']);
  expect(wide.data.find((r) => r.place_id === '430725')!['requests.received']).toBe('210');
  const ind = parse(await (await request.get('/data/indicators/requests.received.csv')).text());
  expect(ind.data.some((r) => r.place_name === '桃源县' && r.value === '210')).toBe(true);
  expect(await (await request.get('/data/README.txt')).text()).toContain('nianbao-long.csv');
  await page.goto('/data/');
  const links = page.locator('a[download]');
  expect(await links.count()).toBeGreaterThan(4);
  await expect(page.locator('table').first()).toContainText(/\d+(\.\d)? (B|KB|MB)/);
});
