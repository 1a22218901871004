// Issue 10: the compare typeahead matches pinyin and initials, and says 已添加 for places already chosen.
import { expect, test, type Page } from '@playwright/test';

const chosen = (page: Page) => page.locator('[data-testid="chosen"] > li');
const options = (page: Page) => page.getByRole('listbox', { name: '匹配的地区' }).getByRole('option');

test('pinyin and initials find a place; a chosen place is listed as 已添加 and cannot be added twice', async ({ page }) => {
  await page.goto('/compare/?places=430725');
  await expect(chosen(page)).toHaveCount(1);
  const box = page.getByTestId('place-search');
  await box.fill('pingtan');
  await expect(options(page).filter({ hasText: '平潭综合实验区' })).toHaveCount(1);
  await expect(options(page).filter({ hasText: '平潭县' })).toHaveCount(1);
  await box.fill('ptzhsyq');
  await expect(options(page).first()).toContainText('平潭综合实验区');
  await box.fill('Si Mao');
  await expect(options(page).first()).toContainText('思茅区');
  await box.press('Enter');
  await expect(chosen(page)).toHaveCount(2);

  // Both chosen places come back marked, disabled for picking.
  for (const q of ['smq', '桃源']) {
    await box.fill(q);
    const opt = options(page).first();
    await expect(opt).toContainText('已添加');
    await expect(opt).toHaveAttribute('aria-disabled', 'true');
  }
  await box.press('Enter');
  await options(page).first().click({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
  await expect(chosen(page)).toHaveCount(2);
  expect(new URL(page.url()).searchParams.get('places')).toBe('430725,530802');
});
