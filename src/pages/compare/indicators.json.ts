// Labels of the indicators some report has (catalog order), for the compare table's rows.
import type { APIRoute } from 'astro';
import { loadCompareData } from '../../components/compare/compare-data.ts';

export const GET: APIRoute = async () => {
  const { indicators } = await loadCompareData();
  return new Response(JSON.stringify(indicators), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
