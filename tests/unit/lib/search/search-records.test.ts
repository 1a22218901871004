import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicator } from '../../../../src/lib/catalog/index.ts';
import { rates } from '../../../../src/lib/catalog/rates.ts';
import { indicatorRecord, placeRecord, searchRecords } from '../../../../src/lib/search/search-records.ts';
import type { PlaceSummary } from '../../../../src/lib/site/place-view.ts';
import { pagefindBody } from '../../../../src/lib/search/pagefind-body.ts';
import { postReport } from '../site/fixture-report.ts';
import { summarize } from '../../../../src/lib/records/summary.ts';

const place = (key: string, name: string) => ({ key, name, level: 'county', province: '福建省', prefecture: null, years: [2020] }) as unknown as PlaceSummary;

describe('search records', () => {
  it('escape the text as Astro writes it, and are cut from a page as they are', () => {
    const r = placeRecord(place('p1', `A&B <i>"x" 'y'`), 1, () => false);
    expect(r.content).toContain('<h1 data-pagefind-meta="title">A&amp;B &lt;i&gt;&quot;x&quot; &#39;y&#39;</h1>');
    expect(pagefindBody(`<!DOCTYPE html><html lang="zh-CN"><head></head><body><nav>x</nav>${r.content.replace(/^.*<body>|<\/body>.*$/g, '')}<p>rest</p></body></html>`)).toBe(r.content);
  });
  it('tag derived indicators and rates in the title, and list aliases of indicators', () => {
    const derived = indicator('t4.review.total');
    const rate = rates[0]!;
    expect(indicatorRecord({ rate }).content).toContain(`<h1 data-pagefind-meta="title" data-pagefind-weight="10">${rate.zh}<span class="derived-tag">比率</span></h1>`);
    expect(indicatorRecord({ indicator: derived! }).url).toBe('/indicators/t4.review.total/');
  });
  it('list one record a page, in URL order', () => {
    const b = summarize(postReport({ id: 'b-2021', placeKey: 'b' }));
    const a = summarize(postReport({ id: 'a-2021', placeKey: 'a' }));
    const rs = searchRecords([b, a], [indicator('t4.review.total')!], [rates[0]!]);
    expect(rs.map((r) => r.url)).toEqual([`/indicators/${rates[0]!.id}/`, '/indicators/t4.review.total/', '/places/a/', '/places/b/', '/reports/a-2021/', '/reports/b-2021/'].sort());
  });
  it('cover every template that carries a search header (data-pagefind-body)', () => {
    const root = join(import.meta.dirname, '../../../../src');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(astro|tsx|ts)$/.test(e.name) && !p.includes('/lib/search/') && readFileSync(p, 'utf8').includes('data-pagefind-body')) found.push(p.slice(root.length + 1));
      }
    };
    walk(root);
    expect(found.sort()).toEqual(['pages/indicators/[id].astro', 'pages/places/[id]/index.astro', 'pages/reports/[id]/index.astro']);
  });
});
