// Accessibility over every page kind of the site (axe, WCAG 2.1 A/AA) and keyboard reachability.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations as axe } from './helpers/axe.ts';
import { hydrated, indicatorsWithData } from './helpers/site.ts';

/** First link on `listUrl` whose path matches `re`. */
async function firstLink(page: Page, listUrl: string, re: RegExp): Promise<string | null> {
  await page.goto(listUrl);
  const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return hrefs.find((h) => re.test(h.split('?')[0]!.split('#')[0]!)) ?? null;
}

async function compareUrl(page: Page): Promise<string> {
  await page.goto('/compare/');
  const links = page.locator('.place-links a[href^="/compare/?places="]');
  if (await links.count()) return (await links.first().getAttribute('href'))!;
  const idx = (await (await page.request.get('/compare/places.json')).json()) as { places: Array<{ k: string }> };
  return idx.places.length >= 2 ? `/compare/?places=${idx.places[0]!.k},${idx.places[1]!.k}` : '/compare/';
}

const KINDS: Array<{ kind: string; url: (page: Page) => Promise<string | null>; ready?: (page: Page) => Promise<void> }> = [
  { kind: 'home', url: async () => '/' },
  { kind: 'reports list', url: async () => '/reports/' },
  { kind: 'a report', url: (p) => firstLink(p, '/reports/', /^\/reports\/[^/]+\/$/) },
  { kind: 'places list', url: async () => '/places/' },
  { kind: 'a place', url: (p) => firstLink(p, '/places/', /^\/places\/[^/]+\/$/) },
  { kind: 'indicators list', url: async () => '/indicators/' },
  {
    kind: 'an indicator page (JS)',
    url: async (p) => `/indicators/${(await indicatorsWithData(p))[0]?.id ?? 'requests.received'}/`,
    ready: hydrated,
  },
  {
    kind: 'an embed',
    url: async (p) => `/embed/indicators/${(await indicatorsWithData(p))[0]?.id ?? 'requests.received'}/`,
    ready: hydrated,
  },
  {
    kind: 'compare with places',
    url: compareUrl,
    ready: async (p) => {
      await p.getByTestId('compare-app').waitFor();
      await p.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    },
  },
  { kind: 'quality', url: async () => '/quality/' },
  { kind: 'data', url: async () => '/data/' },
];

for (const k of KINDS) {
  test(`axe: ${k.kind}`, async ({ page }) => {
    // A full axe audit plus up to 160 key presses is several times an ordinary test's work; on a busy
    // 2-core machine it needs the larger budget, not a lighter check.
    test.slow();
    const url = await k.url(page);
    expect(url, `no ${k.kind} found in the built site`).toBeTruthy();
    const res = await page.goto(url!);
    expect(res?.status(), url!).toBeLessThan(400);
    if (k.ready) await k.ready(page);
    await axe(page, `${k.kind} ${url}`);
    await keyboardReach(page, `${k.kind} ${url}`);
  });
}

test('axe: indicator page, every tab', async ({ page }) => {
  test.slow();
  const id = (await indicatorsWithData(page))[0]?.id ?? 'requests.received';
  await page.goto(`/indicators/${id}/?highlight=__none__`);
  await hydrated(page);
  for (const tab of ['表格', '趋势']) {
    await page.getByRole('tab', { name: tab }).click();
    await axe(page, `indicator ${id} tab ${tab}`);
  }
  await page.getByText('此视图的链接与嵌入代码').click();
  await axe(page, `indicator ${id} link and embed code`);
});

/**
 * Keyboard: Tab from the top reaches every visible, enabled control (the first 120 on long pages),
 * without getting stuck. Roving-tabindex widgets (tabs) count their active element only.
 */
async function keyboardReach(page: Page, label: string) {
  const total = await page.evaluate(() => {
    const sel = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const els = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => {
      if (el.tabIndex < 0 || el.closest('[hidden], [inert]')) return false;
      // Content of a closed <details> is not focusable until it is opened (its summary is).
      const closed = el.closest('details:not([open])');
      if (closed && el.tagName !== 'SUMMARY' && !el.closest('summary')) return false;
      return el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    });
    els.forEach((el, i) => el.setAttribute('data-kb', String(i)));
    return els.length;
  });
  const want = Math.min(total, 120);
  // The page records what each Tab focuses, so the loop is one round trip per key press.
  await page.evaluate(() => {
    const w = window as unknown as { __kbReached: Set<number> };
    w.__kbReached = new Set<number>();
    document.addEventListener('focusin', (e) => {
      const idx = (e.target as HTMLElement | null)?.getAttribute?.('data-kb');
      if (idx !== null && idx !== undefined) w.__kbReached.add(Number(idx));
    });
  });
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let reached = new Set<number>();
  for (let pressed = 0; pressed < want + 40 && reached.size < want; ) {
    const batch = Math.min(20, want + 40 - pressed);
    for (let i = 0; i < batch; i++) await page.keyboard.press('Tab');
    pressed += batch;
    reached = new Set(await page.evaluate(() => [...(window as unknown as { __kbReached: Set<number> }).__kbReached]));
  }
  const missing = [...Array(want).keys()].filter((i) => !reached.has(i));
  const names = await page.evaluate((ids) => ids.slice(0, 10).map((i) => document.querySelector(`[data-kb="${i}"]`)?.outerHTML.slice(0, 120)), missing);
  expect(names, `${label}: controls not reachable with Tab`).toEqual([]);
}

test('keyboard: skip link, tabs with arrow keys, sortable headers', async ({ page }) => {
  const id = (await indicatorsWithData(page))[0]?.id ?? 'requests.received';
  await page.goto(`/indicators/${id}/`);
  await hydrated(page);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('跳到正文');
  await page.getByRole('tab', { name: '图表' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: '表格' })).toBeFocused();
  await expect(page.getByRole('tab', { name: '表格' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#panel-table')).toBeVisible();
  await expect(page.locator('#panel-chart')).toBeHidden();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: '趋势' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const nameHeader = page.locator('#panel-table th', { has: page.getByRole('button', { name: /地区/ }) });
  await page.getByRole('button', { name: /地区/ }).focus();
  await page.keyboard.press('Enter');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Space');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
});
