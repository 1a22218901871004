// Issue 10: share cards (og:title, og:description, og:image as a PNG of the chart) and a print
// stylesheet for report pages (no navigation or controls, tables unclipped, link addresses printed).
import { expect, test, type Page } from '@playwright/test';
import { SITE_ORIGIN } from './helpers/site.ts';

const og = (page: Page, p: string) => page.locator(`meta[property="og:${p}"]`).getAttribute('content');

test('an indicator page shares its title, its default view in a sentence and a PNG of its bars', async ({ page, request }) => {
  await page.goto('/indicators/requests.received/');
  expect(await og(page, 'title')).toBe(await page.title());
  expect(await og(page, 'description')).toContain((await page.getByTestId('summary').textContent())!.trim());
  expect(await og(page, 'url')).toBe(`${SITE_ORIGIN}/indicators/requests.received/`);
  const image = (await og(page, 'image'))!;
  expect(image).toBe(`${SITE_ORIGIN}/indicators/requests.received/card.png`);
  const png = await request.get(new URL(image).pathname);
  expect(png.headers()['content-type']).toBe('image/png');
  const body = await png.body();
  expect([...body.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([Number(await og(page, 'image:width')), Number(await og(page, 'image:height'))]);
  expect([await og(page, 'image:width'), await og(page, 'image:height')]).toEqual(['1200', '630']);
});

test('report and place pages carry og:title and og:description (no image without a chart)', async ({ page }) => {
  for (const url of ['/reports/430725-2017/', '/places/430725/']) {
    await page.goto(url);
    expect(await og(page, 'title'), url).toBe(await page.title());
    expect(await og(page, 'description'), url).toBe(await page.locator('meta[name="description"]').getAttribute('content'));
    expect((await og(page, 'description'))!.length, url).toBeGreaterThan(10);
    await expect(page.locator('meta[property="og:image"]'), url).toHaveCount(0);
  }
});

test('printed, a report page has no navigation or controls, whole tables, and its links’ addresses', async ({ page }) => {
  await page.goto('/reports/430725-2017/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  const controls = await page.locator('main nav, main .actions, main button').all();
  expect(controls.length).toBeGreaterThan(0);
  for (const el of controls) await expect(el).toBeHidden();
  // Every table box shows its whole table: no scroll box, nothing clipped.
  expect(await page.locator('.table-wrap').count()).toBeGreaterThan(0);
  const clipped = await page.$$eval('.table-wrap', (ws) =>
    ws.filter((w) => getComputedStyle(w).overflowX !== 'visible' || getComputedStyle(w).maxHeight !== 'none' || w.scrollHeight > w.clientHeight + 1).map((w) => w.className),
  );
  expect(clipped).toEqual([]);
  // The place link prints its full address; links inside tables print none.
  const after = (sel: string) => page.locator(sel).first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('dl.meta a[href="/places/430725/"]')).toBe(`" (${SITE_ORIGIN}/places/430725/)"`);
  expect(await after('main table a[href]')).toBe('none');
});
