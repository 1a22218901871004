// The 趋势 view: one line per place across years through the template break, state in the URL.
import { expect, test } from '@playwright/test';
import { hydrated } from './helpers/site.ts';

const TREND_URL = '/indicators/t3.new_received.total/?view=line&places=pingtan-zone&from=2011&to=2025';

test('a line for 平潭综合实验区 2011–2025 through the template break, reproduced by its URL', async ({ page }) => {
  await page.goto(TREND_URL);
  await hydrated(page);
  await expect(page.getByRole('tab', { name: '趋势' })).toHaveAttribute('aria-selected', 'true');
  const chart = page.getByTestId('trend-chart');
  await expect(chart).toBeVisible();
  const years = await chart.locator('.trend-line[data-place="pingtan-zone"] [data-year]').evaluateAll((as) => as.map((a) => Number(a.getAttribute('data-year'))));
  expect(Math.min(...years)).toBeLessThan(2019);
  expect(Math.max(...years)).toBeGreaterThanOrEqual(2019);
  await expect(chart.getByTestId('template-break')).toHaveCount(1);
  await expect(page.getByTestId('trend-mapping')).toContainText('对照表');
  await expect(page.getByTestId('trend-table').locator('.tmark')).toContainText('格式改变');
  const q = new globalThis.URL(page.url()).searchParams;
  expect(['view', 'places', 'from', 'to'].map((k) => q.get(k))).toEqual(['line', 'pingtan-zone', '2011', '2025']);
});

test('choosing places and years in the trend view writes them to the URL, and the URL brings them back', async ({ page }) => {
  await page.goto('/indicators/t3.new_received.total/');
  await hydrated(page);
  await page.getByRole('tab', { name: '趋势' }).click();
  await expect(page.getByTestId('trend-view')).toBeVisible();
  await expect(page).toHaveURL(/view=line/);
  await page.selectOption('select[name="from"]', '2019');
  await expect(page).toHaveURL(/from=2019/);
  const url = page.url();
  const summary = await page.getByTestId('trend-summary').textContent();
  await page.goto(url);
  await hydrated(page);
  await expect(page.getByTestId('trend-summary')).toHaveText(summary!);
});

test('an indicator without a crosswalk mapping says so in the trend view', async ({ page }) => {
  await page.goto('/indicators/t3.granted.natural/?view=line');
  await hydrated(page);
  await expect(page.getByTestId('trend-mapping')).toContainText('没有跨格式对应');
});

test('a place page has line charts for its core indicators and rates, linked to the trend view', async ({ page }) => {
  await page.goto('/places/pingtan-zone/');
  const section = page.getByTestId('place-trends');
  await expect(section.getByTestId('trend-chart').first()).toBeVisible();
  const received = section.locator('figure[data-series="requests-received"]');
  await expect(received.getByTestId('template-break')).toHaveCount(1);
  await expect(section.getByTestId('place-rates')).toContainText('÷');
  await received.getByRole('link', { name: '与其他地区对比' }).click();
  await expect(page).toHaveURL(/view=line&places=pingtan-zone/);
  await hydrated(page);
  await expect(page.getByTestId('trend-chart').locator('.trend-line[data-place="pingtan-zone"]')).toBeVisible();
});
