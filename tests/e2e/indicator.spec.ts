// Indicator chart page: URL state round-trips, crafted and invalid URLs, highlight, CSV = table, no-JS view,
// the static SVG chart → lazy Recharts chart hand-over (same box, same bars, highlight in text, tooltips).
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { SITE_ORIGIN, hydrated, indicatorsWithData, rowsLoaded, tableRows, textsOutsideSvg } from './helpers/site.ts';

const MAX_BARS = 30;
const RECHARTS = '[data-testid="bars-recharts"]';

/** The interactive (Recharts) chart, once its lazy chunk has loaded after hydration. */
async function rechartsReady(page: Page) {
  await hydrated(page);
  await page.locator(`${RECHARTS} svg.recharts-surface`).waitFor({ timeout: 15_000 });
}

/** Bars the chart should draw for the table on screen: top MAX_BARS values (+ the highlighted place). */
async function expectedBars(page: Page): Promise<number> {
  const rows = await page.$$eval('[data-testid="rank-table"] tbody tr[data-place]', (trs) =>
    trs.map((tr) => ({ v: tr.querySelector('td[data-value]')?.getAttribute('data-value') ?? '', hl: tr.classList.contains('highlighted') })),
  );
  const withValue = rows.filter((r) => r.v !== '');
  const top = Math.min(withValue.length, MAX_BARS);
  return top + (withValue.findIndex((r) => r.hl) >= MAX_BARS ? 1 : 0);
}

/** An indicator with data, preferring one with several years and several places. */
async function pickIndicator(page: Page): Promise<{ id: string; years: string[]; places: string[]; def: string } | null> {
  const candidates = (await indicatorsWithData(page)).slice(0, 8);
  let best: { id: string; years: string[]; places: string[]; def: string } | null = null;
  for (const { id } of candidates) {
    await page.goto(`/indicators/${id}/`);
    await hydrated(page);
    const years = await page.locator('select[name="year"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const places = await page.locator('[data-testid="rank-table"] tbody tr[data-place]').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-place')!));
    // the default year: the one with most values (indicator-state.ts defaultState), not necessarily the latest
    const def = await page.locator('select[name="year"]').inputValue();
    if (!best || years.length + places.length > best.years.length + best.places.length) best = { id, years, places, def };
    if (years.length >= 2 && places.length >= 2) break;
  }
  return best;
}

test.describe('indicator page', () => {
  // The build is of the committed content/reports: some indicator has several years and places.
  let ind: { id: string; years: string[]; places: string[]; def: string };
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    const best = await pickIndicator(page);
    await page.close();
    expect(best).not.toBeNull();
    expect(best!.years.length).toBeGreaterThanOrEqual(2);
    expect(best!.places.length).toBeGreaterThanOrEqual(2);
    ind = best!;
  });

  test('catalog lists every indicator group with links', async ({ page }) => {
    await page.goto('/indicators/');
    await expect(page.locator('h2')).toContainText(['2019–2021 年报格式（表二、表三、表四）', '2014 统计表']);
    expect(await page.locator('table.ind-list tbody tr').count()).toBeGreaterThan(200);
    await expect(page.locator('a[href="/indicators/requests.received/"]').first()).toBeVisible();
  });

  test('a URL without a year shows the default year, says so, and the address gains the year', async ({ page }) => {
    await page.goto(`/indicators/${ind!.id}/`);
    await hydrated(page);
    await expect(page.getByTestId('notices')).toContainText(`链接中没有年份，显示的是当前默认年份 ${ind!.def} 年`);
    expect(new URL(page.url()).search).toBe(`?year=${ind!.def}`);
    await expect(page.getByTestId('summary')).toContainText(`${ind!.def} 年`);
    await rechartsReady(page);
    await expect(page.locator(`${RECHARTS} text.place`).first()).toBeVisible();
  });

  test('after hydration the Recharts chart replaces the static SVG in the same box, lazily', async ({ page, browser }) => {
    const url = `/indicators/${ind!.id}/`;
    // The static chart's box, as readers without JS get it.
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await ctx.newPage();
    await noJs.goto(url);
    const staticBox = await noJs.locator('svg[data-testid="bars"]').boundingBox();
    const staticBars = await noJs.locator('svg[data-testid="bars"] g.bar').count();
    await ctx.close();
    expect(staticBox).not.toBeNull();

    const chunks: string[] = [];
    page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
    const res = await page.goto(url);
    const html = await res!.text();
    // Recharts is neither preloaded nor server-rendered: the HTML only has the static SVG chart.
    expect(html).not.toMatch(/(href|src|component-url|renderer-url)="[^"]*(Recharts|BarChart)[^"]*"/i);
    expect(html).not.toContain('recharts-wrapper');
    expect(html).toContain('data-testid="bars"');
    await rechartsReady(page);
    // The Recharts chunk was fetched after the island's own code.
    const island = chunks.findIndex((c) => /\/IndicatorExplorer\.[^/]+\.js$/.test(c));
    const lazy = chunks.findIndex((c) => /\/RankedBarsRecharts\.[^/]+\.js$/.test(c));
    expect(island).toBeGreaterThanOrEqual(0);
    expect(lazy).toBeGreaterThan(island);

    await expect(page.locator('svg[data-testid="bars"]')).toHaveCount(0);
    const chart = page.locator(RECHARTS);
    const box = await chart.boundingBox();
    expect(box!.width).toBeCloseTo(staticBox!.width, 0);
    expect(box!.height).toBeCloseTo(staticBox!.height, 0);
    const n = await expectedBars(page);
    expect(n).toBe(staticBars);
    await expect(chart).toHaveAttribute('data-bars', String(n));
    await expect(chart.locator('text.place')).toHaveCount(n);
    await expect(chart.locator('rect.bar')).toHaveCount(n);
    await expect(chart.locator('text.value')).toHaveCount(n);
    await expect(chart.locator('svg.recharts-surface')).toHaveAttribute('role', 'img');
    await expect(chart.locator('svg.recharts-surface')).toHaveAttribute('aria-label', /完整数据见“表格”/);

    // Tooltip on hover: the full name and rank of the first place in the table.
    const [first] = await tableRows(page);
    await chart.locator('rect.bar').first().hover();
    const tip = page.getByTestId('bars-tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(first![1]);
    await expect(tip).toContainText(`第 ${first![0]} 名`);
  });

  test('the Recharts chart follows the filters and shows tooltips from the keyboard', async ({ page }) => {
    await page.goto(`/indicators/${ind!.id}/`);
    await rechartsReady(page);
    await page.selectOption('select[name="year"]', ind!.years[1]!);
    await rowsLoaded(page);
    const n = await expectedBars(page);
    await expect(page.locator(`${RECHARTS} text.place`)).toHaveCount(n);
    const names = (await tableRows(page)).slice(0, n).map((r) => r[1]);
    const ticks = await page.locator(`${RECHARTS} text.place title`).allTextContents();
    expect(ticks).toEqual(names);
    await page.locator(`${RECHARTS} svg.recharts-surface`).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('bars-tooltip')).toBeVisible();
  });

  test('if the Recharts chunk cannot load, the static chart stays', async ({ page }) => {
    await page.route(/\/(RankedBarsRecharts|BarChart)\.[^/]+\.js$/, (r) => r.abort());
    await page.goto(`/indicators/${ind!.id}/`);
    await hydrated(page);
    await page.waitForTimeout(500);
    await expect(page.locator('svg[data-testid="bars"] g.bar').first()).toBeVisible();
    await expect(page.locator(RECHARTS)).toHaveCount(0);
    await page.getByRole('tab', { name: '表格' }).click(); // the island still works
    await expect(page.locator('#panel-table')).toBeVisible();
  });

  test('with a place highlighted, every name and value label of the static and the Recharts chart lies inside its chart', async ({ page, browser }) => {
    const url = `/indicators/${ind!.id}/?highlight=${encodeURIComponent(ind!.places[0]!)}`;
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noJs.newPage();
    await staticPage.goto(url);
    const staticOutside = await textsOutsideSvg(staticPage.locator('svg[data-testid="bars"]'), 0.5);
    await noJs.close();
    await page.goto(url);
    await rechartsReady(page);
    await page.locator(`${RECHARTS} text.place.hl`).waitFor();
    expect({ static: staticOutside, recharts: await textsOutsideSvg(page.locator(`${RECHARTS} svg.recharts-surface`), 0.5) }).toEqual({ static: [], recharts: [] });
  });

  test('axe (WCAG 2.1 AA) with the Recharts chart rendered and a tooltip open', async ({ page }) => {
    test.slow(); // an axe audit (helpers/axe.ts)
    const key = ind!.places[0]!;
    await page.goto(`/indicators/${ind!.id}/?highlight=${encodeURIComponent(key)}`);
    await rechartsReady(page);
    await page.locator(`${RECHARTS} rect.bar`).first().hover();
    await expect(page.getByTestId('bars-tooltip')).toBeVisible();
    await expectNoAxeViolations(page, 'indicator with tooltip');
  });

  test('the page carries only the default year\'s rows; another year comes from its static JSON', async ({ page }) => {
    const other = ind!.years.find((y) => y !== ind!.def)!;
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`/indicators/${ind!.id}/`);
    await hydrated(page);
    const props = await page.locator('astro-island').first().getAttribute('props');
    const wire = JSON.parse(JSON.parse(props!).rows[1]) as { r: Array<[number, number]> };
    expect(new Set(wire.r.map((t) => String(t[1])))).toEqual(new Set([ind!.def]));
    expect(fetched.filter((p) => p.endsWith('.json'))).toEqual([]);
    await page.selectOption('select[name="year"]', other);
    await rowsLoaded(page);
    expect(fetched).toContain(`/indicators/${ind!.id}/${other}.json`);
    const json = await (await page.request.get(`/indicators/${ind!.id}/${other}.json`)).json();
    expect((await tableRows(page)).length).toBe(new Set(json.r.map((t: number[]) => t[0])).size);
    await expect(page.getByTestId('summary')).toContainText(other);
  });

  test('filters → URL → reload → same view', async ({ page }) => {
    await page.goto(`/indicators/${ind!.id}/`);
    await hydrated(page);
    const year = ind!.years[ind!.years.length - 1]!; // oldest year (not the default when there are two)
    await page.selectOption('select[name="year"]', year);
    await rowsLoaded(page);
    const levelValues = await page.locator('select[name="level"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    if (levelValues.length) await page.selectOption('select[name="level"]', levelValues[0]!);
    const places = await page.locator('select[name="highlight"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    if (places.length) await page.selectOption('select[name="highlight"]', places[places.length - 1]!);

    const url = new URL(page.url());
    expect(url.searchParams.get('year')).toBe(year); // the year is always written
    if (levelValues.length) expect(url.searchParams.get('level')).toBe(levelValues[0]);
    if (places.length) expect(url.searchParams.get('highlight')).toBe(places[places.length - 1]);

    const before = { summary: await page.getByTestId('summary').textContent(), rows: await tableRows(page) };
    await page.reload();
    await hydrated(page);
    await expect(page.locator('select[name="year"]')).toHaveValue(year);
    if (levelValues.length) await expect(page.locator('select[name="level"]')).toHaveValue(levelValues[0]!);
    await expect(page.getByTestId('summary')).toHaveText(before.summary!);
    expect(await tableRows(page)).toEqual(before.rows);

    await page.getByRole('button', { name: '恢复默认' }).click();
    expect(new URL(page.url()).search).toBe(`?year=${ind!.def}`);
  });

  test('a crafted URL opens that view, with the highlighted place marked in text', async ({ page }) => {
    const key = ind!.places[ind!.places.length - 1]!;
    await page.goto(`/indicators/${ind!.id}/?year=${ind!.def}&highlight=${encodeURIComponent(key)}`);
    await hydrated(page);
    await expect(page.locator('select[name="highlight"]')).toHaveValue(key);
    const row = page.locator(`[data-testid="rank-table"] tr[data-place="${key}"]`);
    await expect(row).toHaveClass(/highlighted/);
    await expect(row).toContainText('突出显示');
    await rechartsReady(page);
    const chart = page.locator(RECHARTS);
    const hasValue = (await row.locator('td[data-value]').getAttribute('data-value')) !== '';
    if (hasValue) {
      // Highlighted in the accent colour AND in text: ▶ + bold name, “（突出显示）” after the value.
      await expect(chart.locator('text.place.hl')).toHaveCount(1);
      await expect(chart.locator(`text.place.hl[data-place="${key}"]`)).toContainText('▶');
      await expect(chart.locator(`text.value.hl[data-place="${key}"]`)).toContainText('突出显示');
      await expect(chart.locator(`rect.bar.hl[data-place="${key}"]`)).toHaveAttribute('fill', '#0b5cad');
      await expect(chart.locator('rect.bar:not(.hl)').first()).not.toHaveAttribute('fill', '#0b5cad');
    } else {
      await expect(chart.locator('text.place.hl')).toHaveCount(0);
    }
    await expect(page.getByTestId('notices')).toHaveCount(0);
  });

  test('invalid values fall back to defaults and say so', async ({ page }) => {
    await page.goto(`/indicators/${ind!.id}/?year=19x9&level=galaxy&province=${encodeURIComponent('火星省')}&highlight=nope`);
    await hydrated(page);
    const notices = page.getByTestId('notices');
    await expect(notices.locator('p')).toHaveCount(4);
    await expect(notices).toContainText('19x9');
    await expect(notices).toContainText('火星省');
    await expect(page.locator('select[name="year"]')).toHaveValue(ind!.def);
    await expect(page.locator('select[name="level"]')).toHaveValue('');
  });

  test('the downloaded CSV equals the table on screen', async ({ page }) => {
    await page.goto(`/indicators/${ind!.id}/`);
    await hydrated(page);
    const shown = await tableRows(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${ind!.id.replace(/\./g, '\\.')}-\\d{4}\\.csv$`));
    const buf = readFileSync((await download.path())!);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const parsed = Papa.parse<string[]>(buf.toString('utf8').slice(1).trim(), { header: false }).data;
    expect(parsed[0]!.slice(0, 6)).toEqual(['排名', '地区', '层级', '省份', '年度', '数值']);
    expect(parsed.slice(1).map((r) => [r[0], r[1], r[5]])).toEqual(shown);
  });

  test('share link and embed code carry the current state', async ({ page }) => {
    await page.goto(`/indicators/${ind!.id}/`);
    await hydrated(page);
    await page.selectOption('select[name="year"]', ind!.years[1]!);
    await rowsLoaded(page);
    await page.getByText('此视图的链接与嵌入代码').click();
    await expect(page.getByTestId('share-url')).toHaveValue(`${SITE_ORIGIN}/indicators/${ind!.id}/?year=${ind!.years[1]}`);
    await expect(page.getByTestId('embed-code')).toHaveValue(new RegExp(`/embed/indicators/${ind!.id.replace(/\./g, '\\.')}/\\?year=${ind!.years[1]}"`));
  });

  test('tab and table order are in the URL and survive a reload; the share link keeps them', async ({ page }) => {
    await page.goto(`/indicators/${ind!.id}/?year=${ind!.def}`);
    await hydrated(page);
    await page.getByRole('tab', { name: '表格' }).click();
    await page.getByTestId('rank-table').getByRole('button', { name: /地区/ }).click();
    expect(new URL(page.url()).search).toBe(`?year=${ind!.def}&tab=table&sort=name-asc`);
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('tab', { name: '表格' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('rank-table').locator('th[aria-sort="ascending"]')).toContainText('地区');
    await page.getByText('此视图的链接与嵌入代码').click();
    await expect(page.getByTestId('share-url')).toHaveValue(`${SITE_ORIGIN}/indicators/${ind!.id}/?year=${ind!.def}&tab=table&sort=name-asc`);
  });

  test('without JavaScript the default table, chart and full CSV link are there', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`/indicators/${ind!.id}/`);
    expect(await page.locator('[data-testid="rank-table"] tbody tr[data-place]').count()).toBe(ind!.places.length);
    await expect(page.locator('svg[data-testid="bars"]')).toBeVisible();
    expect(await page.locator('svg[data-testid="bars"] g.bar').count()).toBe(await expectedBars(page));
    await expect(page.locator('svg[data-testid="bars"]')).toContainText(/单位：|数值/);
    await expect(page.locator(RECHARTS)).toHaveCount(0);
    await expect(page.locator(`a[href="/data/indicators/${ind!.id}.csv"]`).first()).toBeVisible();
    await ctx.close();
  });

  test('every catalog indicator page renders, with or without data', async ({ page }) => {
    await page.goto('/indicators/t3.new_received.total/');
    await expect(page.locator('h1')).toContainText('本年新收政府信息公开申请数量');
    await page.goto('/indicators/t3.new_received.org/');
    await expect(page.locator('h1 .derived-tag')).toHaveText('派生');
  });
});
