// One place's reports (values, flags, gaps, core concept values), loaded when the place is chosen.
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCompareData } from '../../../components/compare/compare-data.ts';

// Paths carry the key only: the detail is made while its file is written (loadCompareData holds no details).
export const getStaticPaths: GetStaticPaths = async () => {
  const { keys } = await loadCompareData();
  return renderedPaths(keys, (k) => k).map((key) => ({ params: { key } }));
};

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify((await loadCompareData()).detail(params.key!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
