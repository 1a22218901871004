// /reports/<id>/data.json — the full record of one report (text included).
import type { APIRoute } from 'astro';
import { getIndex } from '../../../data/reports.ts';
import { reportJson } from '../../../lib/site/downloads.ts';

export async function getStaticPaths() {
  const { reports } = await getIndex();
  return reports.map((r) => ({ params: { id: r.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const r = (await getIndex()).byId.get(params.id!)!;
  return new Response(reportJson(r), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
