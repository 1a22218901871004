import { expect, test } from '@playwright/test';
import { getReports } from '../../src/data/reports.ts';
import { chartIndicators, chartRates } from '../../src/components/chart/indicator-data.ts';
import { pagefindBody } from '../../src/lib/search/pagefind-body.ts';
import { searchRecords } from '../../src/lib/search/search-records.ts';

// The search index is made from the data before the pages are built (scripts/search-index.ts):
// each record must be what Pagefind would cut out of the built page (its lang and its
// data-pagefind-body header), so the search finds what the pages say.
const header = (page: string) => page.replace(/^<!DOCTYPE html><html\b[^>]*>/, '');
const lang = (page: string) => /^<!DOCTYPE html><html\b[^>]*\blang="([^"]*)"/.exec(page)?.[1] ?? null;

test('every search record equals the search header of its built page', async ({ request }) => {
  const records = searchRecords(await getReports(), chartIndicators, chartRates);
  expect(records.length).toBeGreaterThan(0);
  for (const r of records) {
    const res = await request.get(r.url);
    expect(res.status(), r.url).toBe(200);
    const cut = pagefindBody(await res.text());
    expect(cut, r.url).not.toBeNull();
    expect({ url: r.url, lang: lang(cut!), header: header(cut!) }).toEqual({ url: r.url, lang: lang(r.content), header: header(r.content) });
  }
});
