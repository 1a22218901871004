import { expect, test } from '@playwright/test';

test('an unknown report id gets the Chinese 404 page with search and the lists', async ({ page }) => {
  const res = await page.goto('/reports/no-such-report-1999/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();
  await expect(page.locator('main a[href="/reports/"]')).toBeVisible();
});
