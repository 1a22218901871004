import { expect, test } from '@playwright/test';

test('quality page lists seed 004 staff rule failure with the arithmetic', async ({ page }) => {
  await page.goto('/quality/');
  const row = page.locator('#qt tbody tr', { hasText: '11 ≠ 2 + 22' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('昆明');
  await expect(row).toContainText('工作人员数');
  await expect(row.locator('.badge')).toHaveText('勾稽错误');
  await row.locator('a', { hasText: '11 ≠ 2 + 22' }).click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/#chk-\d+$/);
  await expect(page.locator('li:target')).toContainText('11 ≠ 2 + 22');
});

test('quality filters narrow rows with JS; without JS every row is visible', async ({ page, browser }) => {
  await page.goto('/quality/');
  const rows = page.locator('#qt tbody tr');
  const total = await rows.count();
  expect(total).toBeGreaterThan(1);
  await expect(page.locator('#qf')).toBeVisible();
  await page.selectOption('#qf select[name="kind"]', 'conflict');
  const visible = page.locator('#qt tbody tr:not([hidden])');
  const n = await visible.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(total);
  for (const kind of await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.kind))) expect(kind).toBe('conflict');
  await expect(page).toHaveURL(/\?kind=conflict$/);

  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const p2 = await ctx.newPage();
  await p2.goto('/quality/?kind=conflict');
  await expect(p2.locator('#qt tbody tr:visible')).toHaveCount(total);
  await expect(p2.locator('#qf')).toBeHidden();
  await ctx.close();
});

test('the caption and the count cards follow the active filters; a kind has one badge colour everywhere', async ({ page }) => {
  await page.goto('/quality/');
  const rows = page.locator('#qt tbody tr');
  const total = await rows.count();
  await expect(page.locator('#qt caption')).toHaveText(`问题列表（${total} 条）`);
  const place = await rows.first().getAttribute('data-place');
  expect(place).toBeTruthy();
  await page.selectOption('#qf select[name="place"]', place!);
  const visible = page.locator('#qt tbody tr:not([hidden])');
  const n = await visible.count();
  expect(n).toBeLessThan(total);
  await expect(page.locator('#qt caption')).toHaveText(`问题列表（${n} / ${total} 条）`);
  const kinds = await visible.evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.kind!));
  for (const card of await page.locator('ul.stats li[data-kind]').all()) {
    const kind = (await card.getAttribute('data-kind'))!;
    await expect(card.locator('[data-count]')).toHaveText(String(kinds.filter((k) => k === kind).length));
    const cardBadge = await card.locator('.badge').getAttribute('class');
    for (const rowBadge of await page.locator(`#qt tbody tr[data-kind="${kind}"] .badge`).evaluateAll((bs) => bs.map((b) => b.getAttribute('class')))) expect(rowBadge).toBe(cardBadge);
  }
  await expect(page).toHaveURL(new RegExp(`\\?place=${place}$`));
});

test('a filtered address opens filtered, with its counts', async ({ page }) => {
  await page.goto('/quality/?kind=conflict');
  const n = await page.locator('#qt tbody tr:not([hidden])').count();
  expect(n).toBeGreaterThan(0);
  await expect(page.locator('ul.stats li[data-kind="conflict"] [data-count]')).toHaveText(String(n));
  await expect(page.locator('ul.stats li[data-kind="fail"] [data-count]')).toHaveText('0');
});
