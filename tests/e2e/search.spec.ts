import { expect, test } from '@playwright/test';

test('search finds 思茅区 by name', async ({ page }) => {
  await page.goto('/');
  await page.fill('input[name="q"]', '思茅区');
  await page.click('button[type="submit"]');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const result = page.locator('.pagefind-ui__result-link', { hasText: '思茅区' }).first();
  await expect(result).toBeVisible({ timeout: 15_000 });
  await result.click();
  await expect(page.locator('h1')).toContainText('思茅区');
});

test('only the search page loads Pagefind', async ({ request }) => {
  const home = await (await request.get('/')).text();
  expect(home).not.toContain('pagefind');
  const search = await (await request.get('/search/')).text();
  expect(search).toContain('/pagefind/pagefind-ui.js');
});
