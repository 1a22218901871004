// /indicators/<id>/years.json: the years of an indicator, newest first: reports with a row that year,
// places with a value. With /indicators/<id>/<year>.json this is every year's data without the page.
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute } from 'astro';
import { chartIndicators, chartRates, indicatorDigest, yearsJson } from '../../../components/chart/indicator-data.ts';
import { pageCacheKey } from '../../../lib/site/page-cache.ts';
import { release } from '../../../data/downloads.ts';

// With the same rows in every year (their hash) the previous build's file is reused (src/lib/site/indicator-keys.ts).
export async function getStaticPaths() {
  const pkg = release().package;
  const ids = renderedPaths([...chartRates, ...chartIndicators], (i) => i.id);
  return Promise.all(ids.map(async (i) => ({ params: { id: i.id }, cacheKey: pageCacheKey((await indicatorDigest(i.id)).keys.all, pkg) })));
}

export const GET: APIRoute = async ({ params }) => new Response(await yearsJson(params.id!), { headers: { 'Content-Type': 'application/json' } });
