// The search index's input: each indexed page (report, place, indicator) as Pagefind reads it — the
// page's <html> tag and its data-pagefind-body header, the markup the page renders
// (src/pages/reports/[id]/index.astro, places/[id]/index.astro, indicators/[id].astro), written here
// from the same header text (src/lib/site/page-heads.ts) and the data layer, so that
// `scripts/search-index.ts` indexes the site from the summaries while `astro build` runs instead of
// reading every built page afterwards. The records equal what src/lib/search/pagefind-body.ts cuts
// out of the built pages (tests/e2e/search-records.spec.ts checks every page of the test build).
import type { Indicator } from '../catalog/index.ts';
import type { Rate } from '../catalog/rates.ts';
import type { ReportSummary } from '../records/summary.ts';
import { placeCrumbs, placeHead, reportHead } from '../site/page-heads.ts';
import { groupPlaces, reportsByPlace, type PlaceSummary } from '../site/place-view.ts';

export interface SearchRecord {
  url: string;
  /** what Pagefind is given for the page (addHTMLFile content) */
  content: string;
}

/** The page's text as Astro writes an expression's value: & < > ' " escaped. */
function esc(s: string): string {
  return s.replace(/[&<>'"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === "'" ? '&#39;' : '&quot;'));
}

/** The cut page Pagefind gets (pagefind-body.ts): the <html> tag (its lang picks the index language) and the header. */
const page = (header: string) => `<!DOCTYPE html><html lang="zh-CN"><body>${header}</body></html>`;

export function reportRecord(r: ReportSummary, siblings: readonly ReportSummary[]): SearchRecord {
  const { heading, summary } = reportHead(r, siblings);
  return {
    url: `/reports/${r.id}/`,
    content: page(`<header class="report-head" data-pagefind-body><h1 data-pagefind-meta="title">${esc(heading)}</h1><p class="lede">${esc(summary)}。</p></header>`),
  };
}

export function placeRecord(place: PlaceSummary, reportCount: number, hasPage: (key: string) => boolean): SearchRecord {
  const { lede, searchText } = placeHead(place, reportCount, placeCrumbs(place, hasPage));
  return {
    url: `/places/${place.key}/`,
    content: page(
      `<header data-pagefind-body><h1 data-pagefind-meta="title">${esc(place.name)}</h1><p class="lede">${esc(lede)}</p><p class="visually-hidden" aria-hidden="true">${esc(searchText)}</p></header>`,
    ),
  };
}

/** An indicator page's record, or a rate's (a rate is shown like an indicator, without aliases). */
export function indicatorRecord(x: { indicator: Indicator } | { rate: Rate }): SearchRecord {
  const rate = 'rate' in x;
  const { id, zh, en } = rate ? x.rate : x.indicator;
  const derived = !rate && x.indicator.kind === 'derived';
  const aliases = rate ? [] : (x.indicator.aliases ?? []);
  const tags = `${derived ? '<span class="derived-tag">派生</span>' : ''}${rate ? '<span class="derived-tag">比率</span>' : ''}`;
  return {
    url: `/indicators/${id}/`,
    content: page(
      `<header class="ind-head" data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-weight="10">${esc(zh)}${tags}</h1><p class="en" lang="en">${esc(en)}</p>${aliases.length > 0 ? `<p class="muted">又称：${esc(aliases.join('、'))}</p>` : ''}</header>`,
    ),
  };
}

/** Every indexed page's record, in URL order (as Pagefind's own crawl takes the pages: the index comes out the same). */
export function searchRecords(reports: readonly ReportSummary[], indicators: readonly Indicator[], rates: readonly Rate[]): SearchRecord[] {
  // the same place's reports in site order, and the places, as src/data/reports.ts getIndex has them
  const byPlace = reportsByPlace(reports);
  const places = groupPlaces(reports);
  const keys = new Set(places.map((p) => p.key));
  const hasPage = (key: string) => keys.has(key);
  const records = [
    ...reports.map((r) => reportRecord(r, byPlace.get(r.placeKey) ?? [])),
    ...places.map((p) => placeRecord(p, byPlace.get(p.key)?.length ?? 0, hasPage)),
    ...rates.map((rate) => indicatorRecord({ rate })),
    ...indicators.map((indicator) => indicatorRecord({ indicator })),
  ];
  return records.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
