import { expect, test } from '@playwright/test';

test('home explains, counts and lists every report', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('政府信息公开年报对比');
  const reports = (await (await request.get('/data/reports.json')).json()) as unknown[];
  await expect(page.locator('.stats li').first()).toContainText(`${reports.length}份报告`);
  await expect(page.locator('table.reports tbody tr')).toHaveCount(reports.length);
  await expect(page.locator('table.reports tbody th a', { hasText: '思茅区' })).toHaveCount(1);
});

test('browse by province, level and year without JS', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/');
  await page.locator('nav[aria-label="按省份浏览"] a', { hasText: '湖南省' }).click();
  await expect(page).toHaveURL(/\/reports\/province\/430000\/$/);
  await expect(page.locator('table.reports tbody th a')).toContainText(['桃源县']);
  await page.goto('/');
  await page.locator('nav[aria-label="按级别浏览"] a', { hasText: '县级' }).click();
  await expect(page.locator('table.reports tbody th a', { hasText: '桃源县' })).toHaveCount(1);
  await page.goto('/');
  await page.locator('nav[aria-label="按年度浏览"] a', { hasText: '2017' }).click();
  await expect(page).toHaveURL(/\/reports\/year\/2017\/$/);
  await expect(page.locator('table.reports tbody th a', { hasText: '思茅区' })).toHaveCount(1);
  await ctx.close();
});
