// Link checker over the whole built site: every internal href/src of every HTML page must resolve to
// a built file, every #fragment to an id on the target page, every /compare/?places= key to a place.
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distFiles, fileOfUrl, idsOf, internalUrl, linksOf, readDist, urlOfFile } from './helpers/site.ts';

test('no broken internal links or anchors in the built site', async () => {
  test.setTimeout(300_000);
  const files = distFiles();
  const pages = files.filter((f) => f.endsWith('.html'));
  expect(pages.length, `no HTML in ${DIST}`).toBeGreaterThan(0);
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let s = idCache.get(file);
    if (!s) idCache.set(file, (s = idsOf(readDist(file))));
    return s;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const html = readDist(file);
    const from = urlOfFile(file);
    for (const href of new Set(linksOf(html))) {
      const u = internalUrl(href, from);
      if (!u) continue;
      checked++;
      const target = fileOfUrl(u.pathname);
      if (!target) {
        broken.push(`${from} → ${href} (no such page)`);
        continue;
      }
      const frag = decodeURIComponent(u.hash.slice(1));
      if (frag && target.endsWith('.html') && !ids(target).has(frag)) broken.push(`${from} → ${href} (no id "${frag}")`);
      if (u.pathname === '/compare/' && u.searchParams.has('places')) {
        for (const k of u.searchParams.get('places')!.split(',')) {
          if (!existsSync(join(DIST, 'compare', 'place', `${k}.json`))) broken.push(`${from} → ${href} (unknown place "${k}")`);
        }
      }
    }
  }
  test.info().annotations.push({ type: 'links', description: `${checked} internal links on ${pages.length} pages` });
  expect(broken.slice(0, 50), `${broken.length} broken links`).toEqual([]);
});

test('every page kind is reachable from the home page', async ({ page }) => {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const kinds = new Set<string>();
  const kindOf = (p: string) => p.split('/')[1] || 'home';
  // Breadth-first, at most 3 pages per kind and 80 fetches in all: enough to show every kind is linked.
  const perKind = new Map<string, number>();
  let fetched = 0;
  while (queue.length && fetched < 80) {
    const url = queue.shift()!;
    const k = kindOf(url);
    if ((perKind.get(k) ?? 0) >= 3) continue;
    perKind.set(k, (perKind.get(k) ?? 0) + 1);
    fetched++;
    const res = await page.request.get(url);
    expect(res.status(), url).toBeLessThan(400);
    kinds.add(url.split('/').filter(Boolean).length <= 1 ? `${k}-list` : `${k}-item`);
    if (!(res.headers()['content-type'] ?? '').includes('html')) continue;
    for (const href of linksOf(await res.text())) {
      const u = internalUrl(href, url);
      if (!u || seen.has(u.pathname) || /\.[a-z0-9]+$/i.test(u.pathname)) continue;
      seen.add(u.pathname);
      queue.push(u.pathname);
    }
  }
  for (const k of ['reports-list', 'reports-item', 'places-list', 'places-item', 'indicators-list', 'indicators-item', 'compare-list', 'quality-list', 'data-list']) {
    expect([...kinds], `home does not lead to ${k}`).toContain(k);
  }
});
