// Issue 9: a shared link shows exactly what was seen; a comparison takes one click.
import { expect, test } from '@playwright/test';
import { DIST, SITE_ORIGIN, distFiles, hydrated, readDist } from './helpers/site.ts';

test('图 beside a value opens that report’s year with its place in the chart (平潭 2023)', async ({ page }) => {
  await page.goto('/reports/pingtan-zone-2023/');
  const link = page.locator('table.form a.ch').first();
  const href = (await link.getAttribute('href'))!;
  expect(new URL(href, SITE_ORIGIN).searchParams.get('year')).toBe('2023');
  expect(new URL(href, SITE_ORIGIN).searchParams.get('highlight')).toBe('pingtan-zone');
  await link.click();
  await hydrated(page);
  await expect(page.locator('select[name="year"]')).toHaveValue('2023');
  await expect(page.getByTestId('summary')).not.toContainText('不在当前筛选范围内');
  await expect(page.getByTestId('rank-table').locator('tr.highlighted')).toHaveAttribute('data-place', 'pingtan-zone');
});

test('every report-page chart link carries the report’s year', () => {
  const bad: string[] = [];
  for (const f of distFiles().filter((f) => /^reports\/[^/]+\/index\.html$/.test(f))) {
    const html = readDist(f);
    const year = /<dt>年度<\/dt><dd>(\d{4})/.exec(html)?.[1];
    for (const m of html.matchAll(/href="(\/indicators\/[^"]+)"/g)) {
      const u = new URL(m[1]!.replace(/&amp;/g, '&'), SITE_ORIGIN);
      if (u.search && year && u.searchParams.get('year') !== year) bad.push(`${f}: ${m[1]}`);
    }
  }
  expect(bad.slice(0, 10)).toEqual([]);
});

test('no page carries the placeholder address; share box and embed code use the configured site', async ({ page }) => {
  const withPlaceholder = distFiles().filter((f) => /\.(html|js|json)$/.test(f) && readDist(f).includes('nianbao.example.org'));
  expect(withPlaceholder, DIST).toEqual([]);
  await page.goto('/indicators/requests.received/?year=2017&tab=share');
  await hydrated(page);
  await expect(page.getByTestId('share-url')).toHaveValue(`${SITE_ORIGIN}/indicators/requests.received/?year=2017`);
  await expect(page.getByTestId('embed-code')).toHaveValue(new RegExp(`src="${SITE_ORIGIN.replace(/\./g, '\\.')}/embed/indicators/requests\\.received/\\?year=2017"`));
});

test('与同类地区对比 on a report opens a ready comparison with every column’s year', async ({ page }) => {
  await page.goto('/reports/430725-2017/');
  await page.getByRole('link', { name: '与同类地区对比' }).click();
  const url = new URL(page.url());
  const places = url.searchParams.get('places')!.split(',');
  expect(places[0]).toBe('430725');
  expect(places.length).toBeGreaterThanOrEqual(2);
  const years = url.searchParams.get('years')!.split(',');
  expect(years.map((y) => y.split(':')[0])).toEqual(places);
  expect(years[0]).toBe('430725:2017');
  await expect(page.locator('[data-testid="chosen"] > li')).toHaveCount(places.length);
  await expect(page.getByText('请至少选择')).toHaveCount(0);
  await expect(page.locator('table.cmp-table').first()).toBeVisible();
});

test('place pages list peers with a compare link, also for a place with no same-level neighbour', async ({ page }) => {
  await page.goto('/places/pingtan-zone/');
  await expect(page.getByText('没有同省同级别的其他地区')).toHaveCount(0);
  const peers = page.getByTestId('place-peers').locator('li');
  expect(await peers.count()).toBeGreaterThan(0);
  const href = (await page.getByRole('link', { name: /^对比 平潭综合实验区\s*与这些地区$/ }).getAttribute('href'))!;
  const u = new URL(href, SITE_ORIGIN);
  expect(u.searchParams.get('years')).toMatch(/^pingtan-zone:2025(,[^,:]+:\d{4})+$/);
});

test('compare: a URL without years says which years it used and the address gains them; 只显示各地数值不同的行 is in the URL', async ({ page }) => {
  await page.goto('/compare/?places=pingtan-zone,430725');
  await expect(page.getByText('链接中没有这些地区的年份')).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('years')).toBe('pingtan-zone:2025,430725:2017');
  await page.getByLabel('只显示各地数值不同的行').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('diff')).toBe('1');
  await expect(page.getByTestId('compare-url')).toHaveValue(`${SITE_ORIGIN}/compare/?places=pingtan-zone,430725&years=pingtan-zone:2025,430725:2017&diff=1`);
  await page.reload();
  await expect(page.getByLabel('只显示各地数值不同的行')).toBeChecked();
});
