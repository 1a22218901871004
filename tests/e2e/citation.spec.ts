import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { openReport } from './helpers/report.ts';
import { SITE_ORIGIN } from './helpers/site.ts';

// The original address of 平潭 2023 as content/reports/sources.csv records it (url column).
const SOURCES = Papa.parse<Record<string, string>>(readFileSync(join(import.meta.dirname, '..', '..', 'content', 'reports', 'sources.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const PT2023_URL = SOURCES.find((r) => r.file === 'pt-syq-2023.html')!.url!;

test('a report links its original and says how to cite it: title, issuer, year, original, our address, data version', async ({ page, request }) => {
  expect(PT2023_URL).toMatch(/^https:\/\/www\.pingtan\.gov\.cn\/.+\.htm$/);
  await openReport(page, '平潭综合实验区', 2023);
  const id = new URL(page.url()).pathname.split('/')[2]!;
  await expect(page.locator('#source ~ dl a.source-url').first()).toHaveAttribute('href', PT2023_URL);
  const cite = page.locator('section.cite');
  await expect(cite.getByRole('heading', { name: '如何引用' })).toBeVisible();
  const field = (label: string) => cite.locator('dl > div', { has: page.locator(`dt:text-is("${label}")`) }).locator('dd');
  await expect(field('题名')).toHaveText(await page.locator('h1').innerText());
  await expect(field('发布机关')).toContainText('平潭综合实验区');
  await expect(field('年度')).toHaveText('2023');
  await expect(field('原文链接').locator('a')).toHaveAttribute('href', PT2023_URL);
  await expect(field('本站地址').locator('a')).toHaveAttribute('href', `${SITE_ORIGIN}/reports/${id}/`);
  const release = (await (await request.get('/data/release.json')).json()) as { package: string };
  // the report's own data version (package version + hash of its record), not the whole release's
  await expect(field('数据版本')).toHaveText(new RegExp(`^数据版本 ${release.package.replace(/[.]/g, '\\.')}\\+[0-9a-f]{8}$`));
  await expect(page.getByTestId('cite-text')).toContainText(`[EB/OL]`);
  await expect(page.getByTestId('cite-text')).toContainText(PT2023_URL);
});

test('a report without a recorded original says so in its citation instead of inventing an address', async ({ page }) => {
  await openReport(page, '桃源县', 2017);
  const cite = page.locator('section.cite');
  await expect(cite.locator('dl > div', { has: page.locator('dt:text-is("原文链接")') }).locator('dd')).toHaveText('未记录');
  await expect(page.locator('a.source-url')).toHaveCount(0);
});

test('place and indicator pages say how to cite them, with the years or the year of the view', async ({ page }) => {
  await page.goto('/places/pingtan-zone/');
  const placeCite = page.locator('section.cite');
  await expect(placeCite.locator('dd').first()).toHaveText(/^平潭综合实验区政府信息公开工作年度报告数据（\d{4}–\d{4} 年）$/);
  await expect(placeCite.locator('a', { hasText: `${SITE_ORIGIN}/places/pingtan-zone/` })).toBeVisible();
  await page.goto('/indicators/requests.received/');
  const href = await page.locator('section.cite dl > div', { has: page.locator('dt:text-is("本站地址")') }).locator('a').getAttribute('href');
  expect(href).toMatch(new RegExp(`^${SITE_ORIGIN.replace(/[.]/g, '\\.')}/indicators/requests\\.received/\\?year=\\d{4}$`));
});

test('/data/ states licence, build date and version, and README.txt and release.json carry the same', async ({ page, request }) => {
  const release = (await (await request.get('/data/release.json')).json()) as { version: string; date: string; licence: { id: string; url: string } };
  expect(release.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
  expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(release.licence.id).toBe('CC-BY-4.0');
  await page.goto('/data/');
  await expect(page.getByTestId('release-version')).toHaveText(release.version);
  await expect(page.getByTestId('release-date')).toHaveText(release.date);
  await expect(page.locator('a[rel="license"]')).toHaveAttribute('href', release.licence.url);
  const readme = await (await request.get('/data/README.txt')).text();
  expect(readme).toContain(`数据版本：${release.version}`);
  expect(readme).toContain(`生成日期：${release.date}`);
  expect(readme).toContain(release.licence.url);
});
