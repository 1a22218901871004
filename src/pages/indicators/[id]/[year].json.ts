// /indicators/<id>/<year>.json: one year's rows of an indicator in the island's wire form (WireData),
// fetched when the reader picks another year (the page's HTML carries only the default year's rows).
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute } from 'astro';
import { yearDataPaths, rowsFor } from '../../../components/chart/indicator-data.ts';
import { toWire, yearRows } from '../../../lib/site/indicator-state.ts';

export async function getStaticPaths() {
  return renderedPaths(await yearDataPaths(), (p) => p.id).map(({ id, year }) => ({ params: { id, year: String(year) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const rows = yearRows(await rowsFor(params.id!), Number(params.year));
  return new Response(JSON.stringify(toWire(rows)), { headers: { 'Content-Type': 'application/json' } });
};
