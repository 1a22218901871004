// Issue 9: every page works on a phone (390 px): nothing wider than the viewport, charts fully
// visible, wide tables scroll inside their own box with a sticky first column and header.
import { expect, test, type Page } from '@playwright/test';
import { hydrated, textsOutsideSvg } from './helpers/site.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PAGES = [
  '/', '/reports/', '/reports/pingtan-zone-2023/', '/reports/430725-2017/', '/reports/320800-2024/', '/reports/pingtan-zone-2019/',
  '/places/', '/places/pingtan-zone/', '/indicators/', '/indicators/requests.received/?year=2017', '/indicators/t3.unable.needs_creation.commercial/',
  '/compare/?places=pingtan-zone,430725,530802&years=pingtan-zone:2017,430725:2017,530802:2017', '/quality/', '/data/', '/search/',
];

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
}

for (const url of PAGES) {
  test(`390 px: ${url} is no wider than the viewport`, async ({ page }) => {
    await page.goto(url);
    if (url.startsWith('/compare/')) await page.locator('table.cmp-table').first().waitFor();
    if (url.startsWith('/indicators/requests')) await hydrated(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  });
}

test('390 px: the indicator chart is fully visible, scaled into its box, and comes before the metadata', async ({ page }) => {
  await page.goto('/indicators/requests.received/?year=2017');
  await hydrated(page);
  const chart = page.locator('[data-testid="bars-recharts"]');
  await chart.waitFor();
  const box = (await page.locator('.chart-fit').boundingBox())!;
  const svg = (await chart.locator('svg.recharts-surface').boundingBox())!;
  expect(svg.x).toBeGreaterThanOrEqual(box.x - 1);
  expect(svg.x + svg.width).toBeLessThanOrEqual(box.x + box.width + 1);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const chartTop = (await page.locator('.ind-chart').boundingBox())!.y;
  const metaTop = (await page.locator('dl.ind-meta').boundingBox())!.y;
  expect(chartTop).toBeLessThan(metaTop);
});

test('390 px without JS: the static chart scales to the screen too', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/indicators/requests.received/');
  const svg = (await page.locator('svg[data-testid="bars"]').boundingBox())!;
  expect(svg.x + svg.width).toBeLessThanOrEqual(390);
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await ctx.close();
});

test('390 px: table 3 scrolls in its own box with a sticky label column and header; labels stay readable', async ({ page }) => {
  await page.goto('/reports/pingtan-zone-2023/');
  const wrap = page.locator('.table-wrap', { has: page.locator('table.form-applicants') }).first();
  const sizes = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  const label = wrap.locator('tbody th[scope="row"]').first();
  expect(await label.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  expect(await wrap.locator('thead th').first().evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  expect((await label.boundingBox())!.width).toBeGreaterThan(100);
  await wrap.evaluate((el) => el.scrollBy(300, 0));
  const after = (await label.boundingBox())!;
  expect(after.x).toBeGreaterThanOrEqual(0);
});

test('compare core charts show whole place names (平潭综合实验区 is not clipped)', async ({ page }) => {
  await page.goto('/compare/?places=pingtan-zone,430725,530802&years=pingtan-zone:2017,430725:2017,530802:2017');
  await page.getByTestId('core-charts-recharts').waitFor();
  const fig = page.getByTestId('core-charts-recharts').locator('.core-chart').first();
  await fig.locator('text', { hasText: '平潭综合实验区' }).first().waitFor();
  const svgBox = (await fig.locator('svg.recharts-surface').boundingBox())!;
  const name = (await fig.locator('text', { hasText: '平潭综合实验区' }).first().boundingBox())!;
  expect(name.x).toBeGreaterThanOrEqual(svgBox.x);
});

test('390 px: every name and value label of every compare core chart lies inside its chart', async ({ page }) => {
  await page.goto('/compare/?places=pingtan-zone,430725,530802&years=pingtan-zone:2017,430725:2017,530802:2017');
  await page.getByTestId('core-charts-recharts').locator('text', { hasText: '平潭综合实验区' }).first().waitFor();
  const outside = await textsOutsideSvg(page.getByTestId('core-charts-recharts').locator('svg.recharts-surface'));
  expect(outside).toEqual([]);
});

test('390 px: 无法确定 marks stay on one line and the label column keeps a readable width (平潭 2019 table 2)', async ({ page }) => {
  await page.goto('/reports/pingtan-zone-2019/');
  const gaps = page.locator('table.form td.v a.gapr');
  expect(await gaps.count()).toBeGreaterThan(0);
  const heights = await gaps.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).fontSize)));
  expect(Math.max(...heights)).toBeLessThan(2);
  const labelWidths = await page.locator('table.form th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width / parseFloat(getComputedStyle(th).fontSize)));
  expect(Math.min(...labelWidths)).toBeGreaterThanOrEqual(6);
});

test('390 px: /quality/ badges stay on one line', async ({ page }) => {
  await page.goto('/quality/');
  const ratios = await page.locator('.badge').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).fontSize)));
  expect(ratios.length).toBeGreaterThan(0);
  expect(Math.max(...ratios)).toBeLessThan(2);
});
