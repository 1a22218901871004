import { expect, test } from '@playwright/test';

test('an unknown report id gets the Chinese 404 page with search and the lists', async ({ page }) => {
  const res = await page.goto('/reports/no-such-report-1999/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
  await expect(page.locator('main a[href="/reports/"]')).toBeVisible();
});

test('a page address without its trailing slash reaches the page, which names the slash form as canonical', async ({ page }) => {
  await page.goto('/reports/');
  const href = (await page.locator('table.reports tbody th a').first().getAttribute('href'))!;
  expect(href).toMatch(/^\/reports\/[^/]+\/$/);
  const bare = href.slice(0, -1);
  const res = await page.goto(bare);
  expect(res?.status()).toBe(200);
  await expect(page.locator('h1')).toContainText('年');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${href.replace(/[.]/g, '\\.')}$`));
  // in-page links still work from the bare address
  const src = page.locator('table.form td.v a[href^="#src-"]').first();
  await src.click();
  await expect(page.locator(`mark${(await src.getAttribute('href'))!}`)).toBeInViewport();
});
