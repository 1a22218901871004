// One place's reports (values, flags, gaps, core concept values), loaded when the place is chosen.
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCompareData } from '../../../components/compare/compare-data.ts';
import type { PlaceDetail } from '../../../lib/site/compare-state.ts';
import { getIndex } from '../../../data/reports.ts';
import { pageCacheKey } from '../../../lib/site/page-cache.ts';
import { release } from '../../../data/downloads.ts';

// Made from the place's reports alone: with the same record hashes the previous build's file is reused.
export const getStaticPaths: GetStaticPaths = async () => {
  const { details } = await loadCompareData();
  const idx = await getIndex();
  const pkg = release().package;
  return renderedPaths(details, (d) => d.k).map((d) => {
    const hashes = (idx.byPlace.get(d.k) ?? []).map((r) => r.hash);
    return { params: { key: d.k }, props: { detail: d }, cacheKey: pageCacheKey(hashes.includes(undefined) ? undefined : hashes, pkg) };
  });
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { detail: PlaceDetail }).detail), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
