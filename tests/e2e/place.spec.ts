import { expect, test } from '@playwright/test';

test('place page shows its reports, breadcrumb, core table and charts', async ({ page }) => {
  await page.goto('/reports/');
  await page.locator('table.reports tbody th a', { hasText: '平潭综合实验区' }).first().click();
  await page.locator('dl.meta a').first().click();
  await expect(page).toHaveURL(/\/places\/[^/]+\/$/);
  await expect(page.locator('h1')).toHaveText('平潭综合实验区');
  await expect(page.locator('nav.crumbs')).toContainText('福建省');
  const reports = page.locator('#reports ~ .table-wrap table tbody tr, section:has(#reports) table tbody tr');
  expect(await reports.count()).toBeGreaterThanOrEqual(8);
  await expect(page.locator('section:has(#reports) a', { hasText: '2021' })).toHaveAttribute('href', /\/reports\/.+-2021\/$/);
  // years × core indicators with the template change marker
  await expect(page.locator('tr.tchange')).toHaveCount(1);
  await expect(page.locator('tr.tchange th')).toContainText('2019');
  // static SVG charts with a text summary, no JS
  const fig = page.locator('.cards figure').first();
  await expect(fig.locator('svg path.line')).toHaveCount(1);
  await expect(fig.locator('p')).toContainText('年');
  expect(await page.locator('script').count()).toBe(0);
});

test('places index links to every place', async ({ page }) => {
  await page.goto('/places/');
  await page.locator('a', { hasText: '桃源县' }).click();
  await expect(page).toHaveURL(/\/places\/430725\/$/);
  await expect(page.locator('nav.crumbs')).toContainText('湖南省');
  await expect(page.locator('nav.crumbs')).toContainText('常德市');
  await expect(page.locator('section:has(#reports) tbody a')).toContainText(['2017']);
});

test('a place’s latest figures come from its latest report or name the earlier year they come from', async ({ page }) => {
  await page.goto('/places/pingtan-zone/');
  const items = page.getByTestId('latest-figures').locator('li');
  expect(await items.count()).toBeGreaterThan(0);
  for (const li of await items.all()) await expect(li.locator('.kf-p a')).toHaveText(/^\d{4} 年$/);
  await expect(page.locator('#latest-h')).toContainText(/\d{4} 年报告/);
});
