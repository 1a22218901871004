// One place's reports (values, flags, gaps, core concept values), loaded when the place is chosen.
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCompareData } from '../../../components/compare/compare-data.ts';
import { getIndex } from '../../../data/reports.ts';
import { pageCacheKey } from '../../../lib/site/page-cache.ts';
import { release } from '../../../data/downloads.ts';

// Made from the place's reports and its peer lists (compare-peers.ts): with the same record hashes and
// peers the previous build's file is reused.
// Paths carry the key only: the detail is made while its file is written (loadCompareData holds no details).
export const getStaticPaths: GetStaticPaths = async () => {
  const { keys, peersKey } = await loadCompareData();
  const idx = await getIndex();
  const pkg = release().package;
  return renderedPaths(keys, (k) => k).map((key) => {
    const hashes = (idx.byPlace.get(key) ?? []).map((r) => r.hash);
    return { params: { key }, cacheKey: pageCacheKey(hashes.includes(undefined) ? undefined : hashes, pkg, peersKey(key)) };
  });
};

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await loadCompareData()).detail(params.key!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
