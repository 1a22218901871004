// Compare page: selection from the URL, peers, typeahead, year choice, URL round-trip, no-JS fallback.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { suggestPeers, suggestPeersForAll } from '../../src/lib/site/peers.ts';
import type { CompareIndex, PlaceIndexEntry } from '../../src/lib/site/compare-state.ts';

type P = PlaceIndexEntry & { key: string; name: string; level: string | null; province: string | null; prefecture: string | null; years: number[] };
async function places(request: APIRequestContext): Promise<P[]> {
  const idx = (await (await request.get('/compare/places.json')).json()) as CompareIndex;
  return idx.places.map((p) => ({ ...p, key: p.k, name: p.n, level: p.l, province: p.p, prefecture: p.pf, years: p.y }));
}
const chosen = (page: import('@playwright/test').Page) => page.locator('[data-testid="chosen"] > li');

test('a places URL shows those places in order, the years used, and the suggested peers', async ({ page, request }) => {
  const all = await places(request);
  expect(all.length).toBeGreaterThanOrEqual(2);
  // Prefer a place that has peers, so the suggestion list is exercised.
  const a = all.find((p) => suggestPeers(p.key, all).length > 0) ?? all[0]!;
  const b = all.find((p) => p.key !== a.key && !suggestPeers(a.key, all).some((q) => q.key === p.key)) ?? all.find((p) => p.key !== a.key)!;
  await page.goto(`/compare/?places=${a.key},${b.key}`);
  await expect(chosen(page)).toHaveCount(2);
  await expect(chosen(page).nth(0)).toHaveAttribute('data-place', a.key);
  await expect(chosen(page).nth(1)).toHaveAttribute('data-place', b.key);
  const head = page.locator('table.cmp-table').first().locator('thead th');
  await expect(head.nth(1)).toContainText(a.name);
  await expect(head.nth(1)).toContainText(`${Math.max(...a.years)} 年`);
  await expect(head.nth(2)).toContainText(b.name);

  // exactly the suggested peers (peers.ts fallbacks), and one click adds the first
  const peers = suggestPeersForAll([a.key, b.key], all, 6);
  await expect(page.getByTestId('peers').locator('li')).toHaveCount(peers.length);
  await page.getByTestId('peers').getByRole('button', { name: `＋ ${peers[0]!.place.name}` }).click();
  await expect(chosen(page)).toHaveCount(3);
  expect(new URL(page.url()).searchParams.get('places')).toBe(`${a.key},${b.key},${peers[0]!.place.key}`);
  await page.reload();
  await expect(chosen(page)).toHaveCount(3);
});

test('typeahead adds a place by name or code; remove and year choice update the URL', async ({ page, request }) => {
  const all = await places(request);
  expect(all.length).toBeGreaterThanOrEqual(3);
  const [a, b, c] = all;
  await page.goto(`/compare/?places=${a!.key}`);
  await expect(chosen(page)).toHaveCount(1);
  await expect(page.getByText('请至少选择 2 个地区')).toBeVisible();
  const box = page.getByTestId('place-search');
  await box.fill(b!.c ?? b!.name);
  await expect(page.getByRole('listbox', { name: '匹配的地区' }).getByRole('option').first()).toContainText(b!.name);
  await box.press('ArrowDown');
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(chosen(page)).toHaveCount(2);
  await box.fill(c!.name);
  await page.getByRole('option', { name: new RegExp(c!.name) }).first().click();
  await expect(chosen(page)).toHaveCount(3);
  expect(new URL(page.url()).searchParams.get('places')).toBe([a, b, c].map((p) => p!.key).join(','));

  await chosen(page).nth(1).getByRole('button', { name: /移除/ }).click();
  expect(new URL(page.url()).searchParams.get('places')).toBe([a, c].map((p) => p!.key).join(','));

  const multi = all.find((p) => p.years.length > 1)!;
  expect(multi).toBeDefined();
  await page.goto(`/compare/?places=${multi.key},${a!.key === multi.key ? b!.key : a!.key}`);
  const older = String(multi.years[0]);
  await chosen(page).first().locator('select').selectOption(older);
  expect(new URL(page.url()).search).toContain(`years=${multi.key}:${older}`);
  await page.reload();
  await expect(chosen(page).first().locator('select')).toHaveValue(older);
  await expect(page.locator('table.cmp-table').first().locator('thead th').nth(1)).toContainText(`${older} 年`);
});

test('unknown places are reported, not fatal', async ({ page }) => {
  await page.goto('/compare/?places=nope-1,nope-2');
  await expect(page.getByRole('status').filter({ hasText: 'nope-1' })).toBeVisible();
  await expect(chosen(page)).toHaveCount(0);
});

test('without JavaScript the page explains itself and its province pages list every place with compare links', async ({ browser, request, page: jsPage }) => {
  test.slow(); // ends with an axe audit (helpers/axe.ts)
  const all = await places(request);
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/compare/');
  await expect(page.locator('h1')).toHaveText('地区对比');
  await expect(page.locator('main')).toContainText('/compare/?places=');
  await expect(page.locator('.place-links')).toHaveCount(0);
  const provinces = await page.getByTestId('province-links').getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(provinces.length).toBeGreaterThan(0);
  const listed: string[] = [];
  const pages = [...provinces];
  for (let i = 0; i < pages.length; i++) {
    await page.goto(pages[i]!);
    listed.push(...(await page.locator('.place-links > li').allTextContents()));
    for (const href of await page.getByRole('navigation', { name: '分页' }).getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      if (!pages.includes(href)) pages.push(href);
    }
  }
  expect(listed).toHaveLength(all.length);
  // every place, once: its name starts its line
  expect(all.every((p) => listed.some((t) => t.startsWith(`${p.name} `)))).toBe(true);
  await ctx.close();
  // axe runs in the page: audit the province list with JavaScript on (it has none of its own)
  await jsPage.goto(provinces[0]!);
  await expect(jsPage.locator('.place-links a[href^="/compare/?places="]').first()).toBeVisible();
  await expectNoAxeViolations(jsPage, 'compare province list');
});

test('the island never loads the whole place index: a typed name loads the root, its path and one pack of prefix files', async ({ page, request }) => {
  const all = await places(request);
  const a = all[0]!;
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/compare/');
  await page.getByTestId('place-search').fill(a.name);
  await expect(page.getByRole('listbox', { name: '匹配的地区' }).getByRole('option').first()).toContainText(a.name);
  expect(asked).not.toContain('/compare/places.json');
  const find = asked.filter((u) => u.startsWith('/compare/find/'));
  expect(find.some((u) => u.endsWith('/n.json'))).toBe(true);
  expect(find.filter((u) => /\/p[0-9a-f]*-\d+\.json$/.test(u)).length).toBeLessThanOrEqual(1);
});

test('a typeahead whose files cannot be loaded says so, and works again once they can', async ({ page, request }) => {
  const all = await places(request);
  let fail = true;
  await page.route('**/compare/find/**', (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/compare/');
  const box = page.getByTestId('place-search');
  await box.fill(all[0]!.name);
  const list = page.getByRole('listbox', { name: '匹配的地区' });
  await expect(list.getByRole('option')).toHaveText(['地区列表加载失败，请稍后再试或刷新页面']);
  fail = false;
  await box.fill(all[1]?.name ?? all[0]!.name);
  await expect(list.getByRole('option').first()).toContainText((all[1] ?? all[0])!.name);
});

test('core charts: the Recharts small multiples load lazily, one bar per place, with tooltips', async ({ page, request }) => {
  test.slow(); // ends with an axe audit (helpers/axe.ts)
  const all = await places(request);
  expect(all.length).toBeGreaterThanOrEqual(2);
  const [a, b] = all;
  const chunks: string[] = [];
  page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
  await page.goto(`/compare/?places=${a!.key},${b!.key}`);
  await expect(chosen(page)).toHaveCount(2);
  await page.locator('table.cmp-table').first().waitFor();
  const figures = page.locator('.core-chart');
  const charts = page.getByTestId('core-charts-recharts');
  await expect(charts).toBeVisible({ timeout: 15_000 });
  expect(chunks.some((c) => /\/CoreChartsRecharts\.[^/]+\.js$/.test(c))).toBe(true);
  const n = await figures.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const fig = figures.nth(i);
    await expect(fig.locator('svg.recharts-surface')).toHaveAttribute('role', 'img');
    await expect(fig.locator('svg.recharts-surface')).toHaveAttribute('aria-label', new RegExp(`${a!.name}.*${b!.name}`));
    await expect(fig.locator('rect.bar')).toHaveCount(2);
    await expect(fig.locator('text.value')).toHaveCount(2);
    const box = await fig.locator('.core-recharts').boundingBox();
    expect(box!.width).toBe(340);
    expect(box!.height).toBe(2 * 22 + 8);
  }
  await figures.first().locator('.core-recharts').hover({ position: { x: 150, y: 4 + 11 } });
  const tip = page.getByTestId('core-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(a!.name);
  await expect(tip).toContainText('基准');
  await expectNoAxeViolations(page, 'compare core charts');
});

test.describe('390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const width = (page: import('@playwright/test').Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
  test('the province list and the typeahead answers fit a phone', async ({ page, request }) => {
    const all = await places(request);
    await page.goto('/compare/');
    const first = await page.getByTestId('province-links').getByRole('link').first().getAttribute('href');
    await page.getByTestId('place-search').fill(all[0]!.name);
    const list = page.getByRole('listbox', { name: '匹配的地区' });
    await expect(list.getByRole('option').first()).toContainText(all[0]!.name);
    expect((await list.boundingBox())!.x + (await list.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(await width(page)).toBeLessThanOrEqual(390);
    await page.goto(first!);
    await expect(page.locator('.place-links > li').first()).toBeVisible();
    expect(await width(page)).toBeLessThanOrEqual(390);
  });
});
