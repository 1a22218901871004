// /data/indicators/<id>.csv — one indicator across reports.
import type { APIRoute } from 'astro';
import { indicatorCsv, indicatorIds } from '../../../data/downloads.ts';

export async function getStaticPaths() {
  return (await indicatorIds()).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await indicatorCsv(params.id!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
