// Embed page: bare chart for iframes, same query state, link back to the full page.
import { expect, test } from '@playwright/test';
import { hydrated, indicatorsWithData } from './helpers/site.ts';

test('embed renders the chart with the query state and links back', async ({ page }) => {
  const [first] = await indicatorsWithData(page);
  expect(first).toBeDefined();
  const id = first!.id;
  await page.goto(`/indicators/${id}/`);
  await hydrated(page);
  const year = await page.locator('select[name="year"]').inputValue();
  const q = year ? `?year=${year}` : '';
  await page.goto(`/embed/indicators/${id}/${q}`);
  await hydrated(page);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('select')).toHaveCount(0);
  await expect(page.getByTestId('summary')).toBeVisible();
  // the static SVG is replaced by the lazily loaded Recharts chart after hydration
  await expect(page.locator('[data-testid="bars-recharts"] svg.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('summary')).toContainText(`${year} 年`);
  const back = page.locator('.embed-foot a');
  await expect(back).toHaveAttribute('href', `/indicators/${id}/${q}`); // the year is always written
  await expect(back).toHaveAttribute('target', '_top');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/indicators/${id.replace(/\./g, '\\.')}/$`));
});

test('embed works inside an iframe', async ({ page }) => {
  await page.setContent(`<iframe src="${test.info().project.use.baseURL}/embed/indicators/requests.received/" width="800" height="560" title="t"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('h1')).toContainText('收到申请数');
  await expect(frame.getByRole('tab', { name: '表格' })).toBeVisible({ timeout: 15_000 });
});
