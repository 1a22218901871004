// /indicators/<id>/<year>.json: one year's rows of an indicator in the island's wire form (WireData),
// fetched when the reader picks another year (the page's HTML carries only the default year's rows).
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute } from 'astro';
import { yearDataPaths, yearJson } from '../../../components/chart/indicator-data.ts';
import { pageCacheKey } from '../../../lib/site/page-cache.ts';
import { release } from '../../../data/downloads.ts';

// With the same rows (their hash) the previous build's file is reused (src/lib/site/indicator-keys.ts).
export async function getStaticPaths() {
  const pkg = release().package;
  return renderedPaths(await yearDataPaths(), (p) => p.id).map(({ id, year, key }) => ({ params: { id, year: String(year) }, cacheKey: pageCacheKey(key, pkg) }));
}

export const GET: APIRoute = async ({ params }) => new Response(await yearJson(params.id!, Number(params.year)), { headers: { 'Content-Type': 'application/json' } });
