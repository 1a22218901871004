import { expect, test } from '@playwright/test';
import { openReport } from './helpers/report.ts';

test('桃源县 2017: 收到申请数 210 and the prose/table conflict', async ({ page }) => {
  await openReport(page, '桃源县', 2017);
  await expect(page).toHaveURL(/\/reports\/430725-2017\/$/);
  await expect(page.locator('h1')).toContainText('桃源县 2017 年');
  const row = page.locator('table.form tr', { has: page.locator('th', { hasText: '收到申请数' }) }).first();
  await expect(row.locator('td.v').first()).toContainText('210');
  const conflicts = page.locator('#conflicts + ul li');
  await expect(conflicts.first()).toContainText(/表格 \d+，正文 \d+：以表格为准/);
  // both sides of the conflict link into the text
  const links = conflicts.first().locator('a[href^="#src-"]');
  await expect(links).toHaveCount(2);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    await expect(page.locator(`mark${href}`)).toHaveCount(1);
  }
  // the value carries the 冲突 flag
  await expect(page.locator('td.v abbr.flag', { hasText: '冲突' }).first()).toBeVisible();
  // every value has a chart link
  await expect(row.locator('a.ch')).toHaveAttribute('href', '/indicators/requests.received/?year=2017&highlight=430725');
  // checks summary
  await expect(page.locator('.checksum')).toContainText('通过');
  await expect(page.locator('.checksum')).toContainText('无法评估');
});

test('clicking a value goes to its source span and highlights it', async ({ page }) => {
  await openReport(page, '桃源县', 2017);
  const link = page.locator('table.form td.v a[href^="#src-"]').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const mark = page.locator(`mark${href}`);
  await expect(mark).toBeInViewport();
  const bg = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe('rgb(255, 226, 122)');
  const other = page.locator('.report-text mark:not(:target)').first();
  expect(await other.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
});

test('report pages load no JavaScript', async ({ page }) => {
  const js: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script' || /\.m?js(\?|$)/.test(req.url())) js.push(req.url());
  });
  await page.goto('/reports/');
  const hrefs = await page.locator('table.reports tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs.slice(0, 40)) {
    const res = await page.request.get(href);
    expect(res.ok()).toBe(true);
    const html = await res.text();
    expect(html, href).not.toMatch(/<script/i);
    expect(html, href).not.toMatch(/<astro-island/i);
  }
  await page.goto(hrefs[0]!);
  await page.waitForLoadState('networkidle');
  expect(js).toEqual([]);
});

test('report text is escaped, keeps paragraphs and wraps', async ({ page }) => {
  await openReport(page, '平潭综合实验区', 2021);
  const text = page.locator('.report-text .text');
  expect(await text.locator('p').count()).toBeGreaterThan(1);
  // no element from the scraped HTML leaks into the page
  expect(await text.locator('*:not(p):not(mark)').count()).toBe(0);
  const overflow = await text.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});

test('per-report downloads', async ({ page, request }) => {
  await openReport(page, '桃源县', 2017);
  const csvHref = (await page.locator('a', { hasText: '下载 CSV' }).getAttribute('href'))!;
  const csv = await (await request.get(csvHref)).text();
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('report_id,place_id,place_name,province,prefecture,level,level_zh,year,template,indicator_id,indicator_zh,value,unit,source,flags,source_url');
  expect(csv).toMatch(/430725-2017,430725,桃源县,湖南省,常德市,county,县级,2017,pre2019\/2014,requests\.received,收到申请数,210,件/);
  const json = await (await request.get((await page.locator('a', { hasText: '下载 JSON' }).getAttribute('href'))!)).json();
  expect(json.id).toBe('430725-2017');
  expect(json.values['requests.received']).toBe(210);
});

test('the report text leaves out the portal’s navigation (record.chrome) and lists it apart; every value still finds its span', async ({ page }) => {
  await openReport(page, '平潭综合实验区', 2023);
  const text = await page.locator('.report-text .text').innerText();
  for (const nav of ['国务院 省政府 省人大 省政协', '网站支持IPV6', '登录 登录 注册 注册', 'QQ空间', 'ArticleTitle:', 'PubDate:']) expect(text).not.toContain(nav);
  expect(text).toContain('平潭综合实验区2023年度政府信息公开工作年度报告');
  const hidden = page.locator('details.chrome');
  await expect(hidden.locator('summary')).toContainText(/网页框架文字 \d+ 处/);
  await expect(hidden.locator('li').first()).toContainText('国务院 省政府 省人大 省政协');
  const hrefs = await page.locator('table.form td.v a[href^="#src-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(20);
  const missing = await page.evaluate((hs) => hs.filter((h) => !document.querySelector(`.report-text mark${h}`)), hrefs);
  expect(missing).toEqual([]);
});

test('key figures compare with the nearest earlier report and say its year (平潭 2023 ← 2021)', async ({ page }) => {
  await openReport(page, '平潭综合实验区', 2023);
  const received = page.locator('ul.kf li', { has: page.locator('.kf-l', { hasText: '收到公开申请' }) });
  await expect(received.locator('.kf-p')).toContainText('2021 年');
  await expect(received.locator('.kf-p a')).toHaveAttribute('href', /\/reports\/[^/]+-2021\/$/);
  await expect(page.locator('ul.kf')).not.toContainText('无往年数据');
});

test('a report whose values all come from its prose lists them marked 来自正文, without empty tables or empty cards', async ({ page }) => {
  await openReport(page, '临沂市', 2014);
  const values = page.locator('table.form td.v');
  expect(await values.count()).toBeGreaterThan(0);
  await expect(page.locator('table.form td.v.missing')).toHaveCount(0);
  const n = await values.count();
  await expect(page.locator('table.form td.v abbr.f-prose')).toHaveCount(n);
  await expect(page.locator('table.form caption').first()).toContainText('摘自正文');
  await expect(page.locator('.kf-v', { hasText: '—' })).toHaveCount(0);
  await expect(page.locator('.checksum')).not.toContainText('0 通过');
  await expect(page.locator('.checksum')).toContainText('没有可以相互核对');
});

test('values carry quiet marks: one-character flags, a chart icon with an accessible name, gap candidates in the footnote', async ({ page }) => {
  await openReport(page, '平潭综合实验区', 2019);
  const ch = page.locator('table.form td.v a.ch').first();
  await expect(ch).toHaveAccessibleName(/：各地对比图$/);
  expect((await ch.innerText()).trim()).toBe('');
  // the icon is drawn by CSS (three bars masked over the link colour), and takes room in the cell
  const icon = await ch.evaluate((a) => {
    const s = getComputedStyle(a, '::before');
    return { w: s.width, h: s.height, mask: s.maskImage || s.getPropertyValue('-webkit-mask-image'), colour: s.backgroundColor };
  });
  expect(icon).toMatchObject({ w: '10px', h: '10px', colour: 'rgb(85, 91, 97)' });
  expect(icon.mask).toContain('data:image/svg+xml');
  expect((await ch.boundingBox())!.width).toBeGreaterThanOrEqual(10);
  for (const text of await page.locator('table.form td.v abbr.flag').allInnerTexts()) expect(text.length).toBeLessThanOrEqual(4);
  const gap = page.locator('table.form td.v a.gapr').first();
  await expect(gap).toHaveAttribute('href', /^#gap-\d+$/);
  await expect(page.locator((await gap.getAttribute('href'))!)).toBeAttached();
});

test('平潭 2021 (fused digits): rules used to split the runs are 用于拆分, not counted as passed', async ({ page }) => {
  // ids are kept in content/reports/report-ids.csv, so this one is stable
  await page.goto('/reports/pingtan-zone-2021/');
  await expect(page.locator('.checksum')).toContainText('用于拆分');
  const details = page.locator('section[aria-labelledby="checks"] details');
  await expect(details.locator('summary')).toContainText('用于拆分');
  await expect(details.locator('li .badge', { hasText: '用于拆分' }).first()).toBeAttached();
});
