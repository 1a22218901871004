// /indicators/<id>/trend.json — the 趋势 view's lines (src/lib/site/trend-state.ts TrendData),
// fetched by the indicator island only when the trend view is shown.
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute } from 'astro';
import { chartIndicators, chartRates, trendFor } from '../../../components/chart/indicator-data.ts';

export function getStaticPaths() {
  return renderedPaths([...chartRates, ...chartIndicators], (i) => i.id).map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await trendFor(params.id!)), { headers: { 'Content-Type': 'application/json' } });
