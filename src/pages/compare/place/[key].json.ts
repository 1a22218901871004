// One place's reports (values, flags, gaps, core concept values), loaded when the place is chosen.
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCompareData } from '../../../components/compare/compare-data.ts';
import type { PlaceDetail } from '../../../lib/site/compare-state.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { details } = await loadCompareData();
  return renderedPaths(details, (d) => d.k).map((d) => ({ params: { key: d.k }, props: { detail: d } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { detail: PlaceDetail }).detail), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
