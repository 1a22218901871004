// /indicators/: rates and core indicators first, a filter box, indicators without values behind a toggle.
import { expect, test } from '@playwright/test';

test('rates and the core indicators come before the template tables', async ({ page }) => {
  await page.goto('/indicators/');
  const headings = await page.locator('h2').allTextContents();
  expect(headings.slice(0, 2)).toEqual(['比率', '跨格式核心指标']);
});

test('the filter box keeps only matching indicators (行政复议)', async ({ page }) => {
  await page.goto('/indicators/');
  await page.getByTestId('indicator-filter').fill('行政复议');
  const visible = page.locator('tr[data-search]:visible');
  await expect(visible.first()).toBeVisible();
  const texts = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.search ?? ''));
  for (const t of texts) expect(t).toContain('行政复议');
  await expect(page.locator('tr[data-search]:visible a[href="/indicators/rate.review_corrected/"]')).toBeVisible();
});

test('indicators without any value are behind a toggle', async ({ page }) => {
  await page.goto('/indicators/');
  const empty = page.locator('tr.empty').first();
  await expect(empty).toBeHidden();
  await page.getByTestId('show-empty').check();
  await expect(empty).toBeVisible();
  await expect(empty.locator('td.num')).toHaveText('0');
});
