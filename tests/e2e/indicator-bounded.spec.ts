// An indicator page whose HTML does not grow with the country (src/lib/site/indicator-head.ts): it
// carries the default view's first SHOWN_ROWS rows and fetches the year's every row from
// /indicators/<id>/<year>.json when the reader needs more. The committed reports have a few places a
// year, so the bounded path is tried on a country of 250 places given to the page: its year JSON and
// the island's props (rows, head, facts) exactly as the build makes them (viewHead over those rows);
// the server-rendered markup of a bounded view is checked in tests/unit/components/chart/.
import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { decodeEntities, hydrated, indicatorsWithData, rowsLoaded, tableRows } from './helpers/site.ts';
import { SHOWN_ROWS, viewHead } from '../../src/lib/site/indicator-head.ts';
import { defaultState, toWire, type IndicatorFacts, type IndicatorRow } from '../../src/lib/site/indicator-state.ts';

const PLACES = 250;
const PROVINCES = ['云南省', '湖南省', '山东省', '福建省', '甘肃省'];

/** 250 places of one year with distinct values (no ties: rank = position), a few gaps. */
function country(year: number): IndicatorRow[] {
  return Array.from({ length: PLACES }, (_, i) => {
    const key = `syn${String(i).padStart(3, '0')}`;
    const base = { reportId: `${key}-${year}`, placeKey: key, name: `合成县${i}`, level: 'county' as const, province: PROVINCES[i % PROVINCES.length]!, year };
    return i % 50 === 7 ? { ...base, value: null, flags: [], gap: 'blank' } : { ...base, value: ((i + 1) * 7919) % 10007, flags: [] };
  });
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Country {
  id: string;
  year: number;
  rows: IndicatorRow[];
  /** Hold the year JSON's responses until release() (to see the loading state). */
  hold: () => void;
  release: () => void;
  /** Answer the year JSON with this status instead (a failed fetch). */
  fail: { status: number | null };
  fetched: string[];
}

/** Serve the page of `id` with the island given a country of 250 places in its default year. */
async function withCountry(page: Page, id: string): Promise<Country> {
  const html = await (await page.request.get(`/indicators/${id}/`)).text();
  const props = JSON.parse(decodeEntities(/<astro-island[^>]*component-url="[^"]*IndicatorExplorer[^"]*"[^>]*props="([^"]*)"/.exec(html)![1]!)) as Record<string, [number, string]>;
  const facts = JSON.parse(props.facts![1]) as IndicatorFacts;
  const year = facts.defaultYear!;
  const rows = country(year);
  const bounded = viewHead(rows, defaultState(rows), props.zh![1], props.unit?.[1] ?? null);
  const next = {
    ...props,
    rows: [0, JSON.stringify(toWire(bounded.rows))],
    head: [0, JSON.stringify(bounded.head)],
    facts: [0, JSON.stringify({ ...facts, years: facts.years.map(([y, n]) => [y, y === year ? PLACES - 5 : n]), provinces: [...new Set([...facts.provinces, ...PROVINCES])].sort() })],
  };
  let waiting = Promise.resolve();
  let release = () => {};
  const c: Country = {
    id, year, rows, fail: { status: null }, fetched: [],
    hold: () => {
      waiting = new Promise<void>((r) => (release = r));
    },
    release: () => release(),
  };
  await page.route(new RegExp(`/indicators/${id.replace(/\./g, '\\.')}/(\\?.*)?$`), async (route: Route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace(/(<astro-island[^>]*component-url="[^"]*IndicatorExplorer[^"]*"[^>]*props=")[^"]*"/, (_, a) => `${a}${escapeAttr(JSON.stringify(next))}"`);
    await route.fulfill({ response: res, body });
  });
  await page.route(`**/indicators/${id}/${year}.json`, async (route: Route) => {
    c.fetched.push(new URL(route.request().url()).pathname);
    await waiting;
    if (c.fail.status) return route.fulfill({ status: c.fail.status, body: 'no' });
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(toWire(rows)) });
  });
  return c;
}

/** The places of the synthetic view in rank order (values high → low, then gaps by name). */
function ranked(c: Country, province?: string): IndicatorRow[] {
  const rows = c.rows.filter((r) => !province || r.province === province);
  const vals = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value!);
  return [...vals, ...rows.filter((r) => r.value === null).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))];
}

test.describe('indicator page bounded by SHOWN_ROWS', () => {
  let id: string;
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    id = (await indicatorsWithData(page))[0]!.id;
    await page.close();
  });

  test('the built page carries at most SHOWN_ROWS rows of its default view and how many places there are', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    for (const { id: each } of (await indicatorsWithData(page)).slice(0, 5)) {
      const html = await (await page.request.get(`/indicators/${each}/`)).text();
      const props = JSON.parse(decodeEntities(/<astro-island[^>]*IndicatorExplorer[^>]*props="([^"]*)"/.exec(html)![1]!)) as Record<string, [number, string]>;
      const facts = JSON.parse(props.facts![1]) as IndicatorFacts;
      const head = JSON.parse(props.head![1]) as { total: number; complete: boolean };
      const year = (await (await page.request.get(`/indicators/${each}/${facts.defaultYear}.json`)).json()) as { p: unknown[] };
      expect(facts.keys).toBeUndefined();
      expect(head.total).toBe(year.p.length);
      expect((JSON.parse(props.rows![1]) as { r: unknown[] }).r.length).toBeLessThanOrEqual(SHOWN_ROWS);
      await page.goto(`/indicators/${each}/`);
      expect(await page.locator('[data-testid="rank-table"] tbody tr[data-place]').count()).toBe(Math.min(SHOWN_ROWS, year.p.length));
    }
    await ctx.close();
  });

  test('a large default view hydrates from its first rows alone, with the summary over every place', async ({ page }) => {
    const c = await withCountry(page, id);
    await page.goto(`/indicators/${id}/?year=${c.year}&tab=table`);
    await hydrated(page);
    const shown = await tableRows(page);
    const all = ranked(c);
    expect(shown.map((r) => r[1])).toEqual(all.slice(0, SHOWN_ROWS).map((r) => r.name));
    await expect(page.getByTestId('table-more')).toContainText(`显示前 ${SHOWN_ROWS} 个，共 ${PLACES} 个地区。`);
    await expect(page.getByTestId('table-more').locator(`a[href="/indicators/${id}/${c.year}.json"]`)).toBeVisible();
    // the smallest value is a place far below the rows shown
    const last = all.filter((r) => r.value !== null).at(-1)!;
    await expect(page.getByTestId('summary')).toContainText(`${last.name}最少`);
    await expect(page.getByTestId('download-csv')).toContainText(`${PLACES} 行`);
    expect(c.fetched).toEqual([]);
  });

  test('显示全部 fetches the year\'s rows, says it is loading, then lists every place', async ({ page }) => {
    test.slow(); // an axe audit (helpers/axe.ts)
    const c = await withCountry(page, id);
    await page.goto(`/indicators/${id}/?year=${c.year}&tab=table`);
    await hydrated(page);
    c.hold();
    await page.getByTestId('show-all').click();
    await expect(page.getByTestId('show-all')).toHaveText('正在载入全部地区……');
    await expect(page.locator('#panel-table')).toHaveAttribute('aria-busy', 'true');
    c.release();
    await expect(page.locator('[data-testid="rank-table"] tbody tr[data-place]')).toHaveCount(PLACES);
    await expect(page.locator('#panel-table')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.getByTestId('table-more')).toContainText(`显示全部 ${PLACES} 个地区。`);
    expect((await tableRows(page)).map((r) => r[1])).toEqual(ranked(c).map((r) => r.name));
    expect(c.fetched).toEqual([`/indicators/${id}/${c.year}.json`]);
    await expectNoAxeViolations(page, 'indicator table, every place');
  });

  test('a URL highlighting a place far below the first rows shows it in chart, table and sentence', async ({ page }) => {
    const c = await withCountry(page, id);
    const far = ranked(c)[199]!;
    await page.goto(`/indicators/${id}/?year=${c.year}&highlight=${far.placeKey}`);
    await hydrated(page);
    await expect(page.locator('select[name="highlight"]')).toHaveValue(far.placeKey);
    await expect(page.getByTestId('summary')).toContainText(`${far.name}为`);
    await expect(page.getByTestId('summary')).toContainText('排第 200 位');
    const rows = page.locator('[data-testid="rank-table"] tbody tr[data-place]');
    await expect(rows).toHaveCount(SHOWN_ROWS + 1);
    await expect(rows.last()).toHaveAttribute('data-place', far.placeKey);
    await expect(rows.last()).toHaveClass(/highlighted/);
    await expect(page.locator('tr.skip-row')).toContainText(`略去 ${199 - SHOWN_ROWS} 个地区`);
    // its bar is drawn after the top bars (static SVG, then the Recharts chart)
    await expect(page.locator(`g.bar.hl[data-place="${far.placeKey}"], text.place.hl[data-place="${far.placeKey}"]`).first()).toBeVisible();
    await expect(page.getByTestId('notices')).toHaveCount(0);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe(far.placeKey);
  });

  test('a province filter from the URL shows that province\'s places once the rows are loaded', async ({ page }) => {
    const c = await withCountry(page, id);
    const province = PROVINCES[2]!;
    await page.goto(`/indicators/${id}/?year=${c.year}&province=${encodeURIComponent(province)}&tab=table`);
    await hydrated(page);
    const want = ranked(c, province);
    expect((await tableRows(page)).map((r) => r[1])).toEqual(want.map((r) => r.name));
    await expect(page.locator('select[name="province"]')).toHaveValue(province);
    await expect(page.getByTestId('summary')).toContainText(`${want.filter((r) => r.value !== null).length} 个${province}`);
    await expect(page.getByTestId('table-more')).toHaveCount(0);
  });

  test('filtering after load, and the CSV of the default view holds every place', async ({ page }) => {
    const c = await withCountry(page, id);
    await page.goto(`/indicators/${id}/?year=${c.year}`);
    await hydrated(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    const csv = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').slice(1).trim()).data;
    expect(csv.slice(1).map((r) => r[1])).toEqual(ranked(c).map((r) => r.name));
    await page.selectOption('select[name="province"]', PROVINCES[0]!);
    await rowsLoaded(page);
    expect((await tableRows(page)).map((r) => r[1])).toEqual(ranked(c, PROVINCES[0]).map((r) => r.name));
    expect(c.fetched).toEqual([`/indicators/${id}/${c.year}.json`]);
  });

  test('the embed has the same bound and fetches the rest for a highlighted place', async ({ page }) => {
    const c = await withCountry(page, id);
    await page.goto(`/embed/indicators/${id}/?year=${c.year}&tab=table`);
    await hydrated(page);
    expect(await page.locator('[data-testid="rank-table"] tbody tr[data-place]').count()).toBe(SHOWN_ROWS);
    await expect(page.getByTestId('table-more')).toContainText(`显示前 ${SHOWN_ROWS} 个，共 ${PLACES} 个地区。`);
    expect(c.fetched).toEqual([]);
    const far = ranked(c)[150]!;
    await page.goto(`/embed/indicators/${id}/?year=${c.year}&tab=table&highlight=${far.placeKey}`);
    await hydrated(page);
    await expect(page.locator('[data-testid="rank-table"] tbody tr.highlighted')).toHaveAttribute('data-place', far.placeKey);
    await expect(page.getByTestId('summary')).toContainText('排第 151 位');
    expect(c.fetched).toEqual([`/indicators/${id}/${c.year}.json`]);
  });

  test('390 px: the bounded table, its note and 显示全部 fit the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const c = await withCountry(page, id);
    await page.goto(`/indicators/${id}/?year=${c.year}&tab=table`);
    await hydrated(page);
    const more = await page.getByTestId('table-more').boundingBox();
    expect(more!.x + more!.width).toBeLessThanOrEqual(390);
    const button = await page.getByTestId('show-all').boundingBox();
    expect(button!.x + button!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth))).toBeLessThanOrEqual(390);
  });

  test('a failed fetch says so, and 重试 loads the rows', async ({ page }) => {
    const c = await withCountry(page, id);
    c.fail.status = 503;
    await page.goto(`/indicators/${id}/?year=${c.year}&level=county`);
    await page.locator('.explorer[data-hydrated="true"]').waitFor();
    await expect(page.getByTestId('load-failed')).toContainText(`无法载入 ${c.year} 年全部地区的数据`);
    await expect(page.getByTestId('summary')).toHaveText(`无法载入 ${c.year} 年的数据。`);
    c.fail.status = null;
    await page.getByTestId('load-failed').getByRole('button', { name: '重试' }).click();
    await rowsLoaded(page);
    await expect(page.getByTestId('load-failed')).toHaveCount(0);
    expect(await page.locator('[data-testid="rank-table"] tbody tr[data-place]').count()).toBe(SHOWN_ROWS);
  });
});
