// /reports/<id>/data.csv — every value of one report (long format, UTF-8 with BOM).
import type { APIRoute } from 'astro';
import { getIndex } from '../../../data/reports.ts';
import { LONG_FIELDS, longRows, toCsv } from '../../../lib/site/downloads.ts';

export async function getStaticPaths() {
  const { reports } = await getIndex();
  return reports.map((r) => ({ params: { id: r.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const r = (await getIndex()).byId.get(params.id!)!;
  return new Response(toCsv(LONG_FIELDS, longRows(r) as unknown as Array<Record<string, unknown>>), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
