// Place index for the compare island: typeahead, peers, years per place, core concept labels.
import type { APIRoute } from 'astro';
import { coreMeta, loadCompareData } from '../../components/compare/compare-data.ts';
import type { CompareIndex } from '../../lib/site/compare-state.ts';

export const GET: APIRoute = async () => {
  const { index } = await loadCompareData();
  const body: CompareIndex = { places: index, core: coreMeta };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
