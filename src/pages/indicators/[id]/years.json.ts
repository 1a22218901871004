// /indicators/<id>/years.json: the years of an indicator, newest first: reports with a row that year,
// places with a value. With /indicators/<id>/<year>.json this is every year's data without the page.
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute } from 'astro';
import { chartIndicators, chartRates, yearsJson } from '../../../components/chart/indicator-data.ts';

export function getStaticPaths() {
  return renderedPaths([...chartRates, ...chartIndicators], (i) => i.id).map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = async ({ params }) => new Response(await yearsJson(params.id!), { headers: { 'Content-Type': 'application/json' } });
