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

/** The result links Pagefind gives for a query on /search/. */
async function results(page: import('@playwright/test').Page, q: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  const links = page.locator('.pagefind-ui__result-link');
  await links.first().waitFor({ timeout: 15_000 });
  return links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('search finds a place by its prefecture (普洱 → 思茅区)', async ({ page }) => {
  expect(await results(page, '普洱')).toContain('/places/530802/');
});

test('search finds a place by pinyin and by initials (pingtan, pt)', async ({ page }) => {
  expect(await results(page, 'pingtan')).toContain('/places/pingtan-zone/');
  expect(await results(page, 'pt')).toContain('/places/pingtan-zone/');
});

test('search finds indicators by name (行政复议)', async ({ page }) => {
  await page.goto('/search/');
  // Every result, not only the first page the UI shows: Pagefind's own API on the built index.
  const urls = await page.evaluate(async (q) => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<{ url: string }> }> }> };
    const r = await pf.search(q);
    return Promise.all(r.results.map(async (x) => (await x.data()).url));
  }, '行政复议');
  expect(urls).toEqual(expect.arrayContaining(['/indicators/t4.review.total/', '/indicators/review.total/', '/indicators/rate.review_corrected/']));
});
