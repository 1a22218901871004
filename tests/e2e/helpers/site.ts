// Helpers for browser tests that discover what to test from the built site instead of hard-coding ids
// (records fill in as the parser improves; tests must follow whatever the build contains).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { configuredSite } from '../../../src/lib/site/site-url.ts';

export const DIST = process.env.NIANBAO_DIST ?? join(import.meta.dirname, '..', '..', '..', 'dist');
/** The configured public site (astro.config `site`, NIANBAO_SITE): links the site writes for others use it. */
export const SITE_ORIGIN = configuredSite();

/** Every file under dist (relative, '/'-separated). */
export function distFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** The page URL of an HTML file: reports/a/index.html → /reports/a/ */
export function urlOfFile(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The dist file a URL path resolves to (directory URLs → index.html), or null. */
export function fileOfUrl(pathname: string, dir = DIST): string | null {
  let p = decodeURIComponent(pathname).replace(/^\//, '');
  if (p === '' || p.endsWith('/')) p += 'index.html';
  const full = join(dir, p);
  if (existsSync(full) && statSync(full).isFile()) return p;
  if (existsSync(join(full, 'index.html'))) return `${p}/index.html`;
  return null;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };
export function decodeEntities(s: string): string {
  return s.replace(/&(amp|quot|#39|lt|gt);/g, (m) => ENTITIES[m] ?? m).replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)));
}

/** href/src attribute values of a, link, img, script, iframe, source, form action. */
export function linksOf(html: string): string[] {
  const out: string[] = [];
  const re = /<(a|link|img|script|iframe|source|form)\b[^>]*?\s(href|src|action)="([^"]*)"/gi;
  for (const m of html.matchAll(re)) out.push(decodeEntities(m[3]!));
  return out;
}

export function idsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\s(?:id|name)="([^"]*)"/g)) ids.add(decodeEntities(m[1]!));
  return ids;
}

/** Resolve an href found on `fromUrl` to an internal URL, or null when external / not a navigable link. */
export function internalUrl(href: string, fromUrl: string): URL | null {
  if (/^(mailto:|tel:|javascript:|data:|blob:)/i.test(href)) return null;
  const u = new URL(href, SITE_ORIGIN + fromUrl);
  if (u.origin !== SITE_ORIGIN) return null;
  return u;
}

/** Indicator ids with their report counts, from the /indicators/ list page (most data first). */
export async function indicatorsWithData(page: Page): Promise<Array<{ id: string; count: number }>> {
  await page.goto('/indicators/');
  const rows = await page.$$eval('table.ind-list tbody tr', (trs) =>
    trs.map((tr) => ({
      id: decodeURIComponent((tr.querySelector('a')?.getAttribute('href') ?? '').replace(/^\/indicators\/|\/$/g, '')),
      count: Number(tr.querySelector('td.num')?.textContent ?? 0),
    })),
  );
  return rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count);
}

/** Wait until the island on the page has hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('.explorer[data-hydrated="true"]').first().waitFor({ timeout: 15_000 });
  await rowsLoaded(page);
}

/** The indicator island shows the rows of its year (another year's rows are fetched as static JSON). */
export async function rowsLoaded(page: Page): Promise<void> {
  await page.locator('.explorer[data-loading="false"]').first().waitFor({ timeout: 15_000 });
}

/** Rows of the rank table on screen: [rank, name, raw value]. */
export async function tableRows(page: Page): Promise<Array<[string, string, string]>> {
  return page.$$eval('[data-testid="rank-table"] tbody tr[data-place]', (trs) =>
    trs.map((tr) => {
      const cells = tr.querySelectorAll('td, th');
      const name = tr.querySelector('th[scope="row"]')?.firstChild?.textContent ?? '';
      return [cells[0]!.textContent!.trim().replace('—', ''), name.trim(), tr.querySelector('td[data-value]')?.getAttribute('data-value') ?? ''] as [string, string, string];
    }),
  );
}

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The texts of these SVGs whose box leaves its SVG's box by more than `slack` px (left or right). */
export function textsOutsideSvg(svgs: Locator, slack = 0): Promise<Array<string | null>> {
  return svgs.evaluateAll(
    (els, d) =>
      els.flatMap((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('text')]
          .filter((t) => t.textContent)
          .filter((t) => { const r = t.getBoundingClientRect(); return r.left < box.left - d || r.right > box.right + d; })
          .map((t) => t.textContent);
      }),
    slack,
  );
}
