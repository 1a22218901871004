// /indicators/<id>/years.json: the years of an indicator, newest first: reports with a row that year,
// places with a value. With /indicators/<id>/<year>.json this is every year's data without the page.
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute } from 'astro';
import { chartIndicators, chartRates, rowsFor } from '../../../components/chart/indicator-data.ts';
import { years, yearRows } from '../../../lib/site/indicator-state.ts';

export function getStaticPaths() {
  return renderedPaths([...chartRates, ...chartIndicators], (i) => i.id).map((i) => ({ params: { id: i.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const rows = await rowsFor(params.id!);
  const out = years(rows).map((year) => {
    const ys = yearRows(rows, year);
    return { year, reports: ys.length, values: new Set(ys.filter((r) => r.value !== null).map((r) => r.placeKey)).size };
  });
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json' } });
};
