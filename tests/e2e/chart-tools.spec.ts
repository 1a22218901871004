// Issue 10, charts: the tools beside the chart (copy link, CSV, SVG, PNG — no third tab), the
// downloads matching the chart on screen, round axis ticks, a click on a bar opening that report.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SITE_ORIGIN, hydrated, tableRows } from './helpers/site.ts';

// requests.received in 2017: the committed reports give it several places that year.
const URL_2017 = '/indicators/requests.received/?year=2017';
const RECHARTS = '[data-testid="bars-recharts"]';

async function rechartsReady(page: Page) {
  await hydrated(page);
  await page.locator(`${RECHARTS} svg.recharts-surface`).waitFor({ timeout: 15_000 });
}

/** Texts of the elements matching `sel` inside an SVG document given as text (parsed by the browser). */
async function svgTexts(page: Page, svg: string, sel: string): Promise<string[]> {
  return page.evaluate(
    ([text, s]) => [...new DOMParser().parseFromString(text!, 'image/svg+xml').querySelectorAll(s!)].map((e) => e.textContent ?? ''),
    [svg, sel],
  );
}

test('the tools sit beside the chart: copy link, CSV, SVG, PNG; there is no 下载与分享 tab', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(URL_2017);
  await hydrated(page);
  await expect(page.getByRole('tab')).toHaveText(['图表', '表格', '趋势']);
  const tools = page.getByRole('group', { name: '下载与分享' });
  await expect(tools.getByRole('button')).toHaveText(['复制链接', /^下载 CSV（\d+ 行）$/, '下载 SVG', '下载 PNG']);
  await tools.getByRole('button', { name: '复制链接' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE_ORIGIN}/indicators/requests.received/?year=2017`);
});

test('the SVG download is the chart on screen: same bars, names and values, standalone', async ({ page }) => {
  await page.goto(URL_2017);
  await rechartsReady(page);
  const chart = page.locator(RECHARTS);
  const names = await chart.locator('text.place').allTextContents();
  const values = await chart.locator('text.value').allTextContents();
  const ticks = await chart.locator('.recharts-cartesian-axis-tick-value').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
  expect(download.suggestedFilename()).toBe('requests.received-2017.svg');
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(await svgTexts(page, svg, 'svg > title')).toEqual([(await page.getByTestId('summary').textContent())!.trim()]);
  expect(await svgTexts(page, svg, 'text.place')).toEqual(names);
  expect(await svgTexts(page, svg, 'text.value')).toEqual(values);
  expect(await svgTexts(page, svg, '.recharts-cartesian-axis-tick-value')).toEqual(ticks);
  expect((await svgTexts(page, svg, 'rect.bar')).length).toBe(names.length);
});

test('the PNG download is the chart drawn at twice its size, with its bars in it', async ({ page }) => {
  await page.goto(URL_2017);
  await rechartsReady(page);
  const svg = page.locator(`${RECHARTS} svg.recharts-surface`);
  const [w, h] = [Number(await svg.getAttribute('width')), Number(await svg.getAttribute('height'))];
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
  expect(download.suggestedFilename()).toBe('requests.received-2017.png');
  const png = readFileSync((await download.path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w * 2, h * 2]); // IHDR width, height
  // Pixels of the bar colour (#6b7785): the bars are drawn, not a blank canvas.
  const barPixels = await page.evaluate(async (b64) => {
    const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const c = new OffscreenCanvas(img.width, img.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - 0x6b) < 4 && Math.abs(d[i + 1]! - 0x77) < 4 && Math.abs(d[i + 2]! - 0x85) < 4) n++;
    return n;
  }, png.toString('base64'));
  expect(barPixels).toBeGreaterThan(1000);
});

test('the bar chart has round axis ticks, the same before and after hydration', async ({ page, browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await ctx.newPage();
  await noJs.goto(URL_2017);
  const staticTicks = await noJs.locator('svg[data-testid="bars"] g.axis text').allTextContents();
  await ctx.close();
  await page.goto(URL_2017);
  await rechartsReady(page);
  const ticks = await page.locator(`${RECHARTS} .recharts-cartesian-axis-tick-value`).allTextContents();
  const nums = ticks.map((t) => Number(t.replace(/,/g, '')));
  expect(nums[0]).toBe(0);
  const step = nums[1]! - nums[0]!;
  expect(String(step)).toMatch(/^[125]0*$/); // 1, 2 or 5 × 10ⁿ
  expect(nums).toEqual(nums.map((_, i) => i * step));
  const max = Math.max(...(await tableRows(page)).map((r) => Number(r[2].replace(/[^\d.]/g, '')) || 0));
  expect(nums.at(-1)!).toBeGreaterThanOrEqual(max);
  expect(staticTicks.slice(0, ticks.length)).toEqual(ticks); // then the unit caption
});

test('a click on a bar opens that place’s report of that year, the one the table links', async ({ page }) => {
  await page.goto(URL_2017);
  await rechartsReady(page);
  const first = page.locator(`${RECHARTS} rect.bar`).first();
  const key = await first.getAttribute('data-place');
  const href = await page.locator(`[data-testid="rank-table"] tr[data-place="${key}"] a`).getAttribute('href');
  expect(href).toMatch(/^\/reports\/[^/]+\/$/);
  await first.click();
  await page.waitForURL((u) => u.pathname === href);
  await expect(page.locator('h1')).toBeVisible();
});

test('an old link with tab=share opens the chart with the link and embed code shown', async ({ page }) => {
  await page.goto(`${URL_2017}&tab=share`);
  await hydrated(page);
  await expect(page.getByRole('tab', { name: '图表' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('share-url')).toBeVisible();
  await expect(page.getByTestId('share-url')).toHaveValue(`${SITE_ORIGIN}/indicators/requests.received/?year=2017`);
  expect(new URL(page.url()).search).toBe('?year=2017');
});

test('in the 趋势 view the SVG download is the line chart', async ({ page }) => {
  await page.goto('/indicators/requests.received/?year=2017&view=line&places=pingtan-zone');
  await hydrated(page);
  await page.getByTestId('trend-chart').waitFor();
  await expect(page.getByTestId('download-csv')).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
  expect(download.suggestedFilename()).toBe('requests.received-trend-pingtan-zone.svg');
  const svg = readFileSync((await download.path())!, 'utf8');
  const points = await page.locator('[data-testid="trend-chart"] g.pt').count();
  expect(points).toBeGreaterThan(1);
  expect((await svgTexts(page, svg, 'g.pt')).length).toBe(points);
});
