// /indicators/<id>/card.png: the share card (og:image) of an indicator with values — its default
// view's ranked bars as a PNG drawn at build time (src/lib/site/share-card.ts).
import { renderedPaths } from '../../../lib/site/render-shard.ts';
import type { APIRoute } from 'astro';
import { chartIndicators, chartRates, indicatorDigest, shareFor } from '../../../components/chart/indicator-data.ts';
import { pageCacheKey } from '../../../lib/site/page-cache.ts';
import { release } from '../../../data/downloads.ts';
import { shareCardPng } from '../../../lib/site/share-card.ts';

// With the same rows (their hash) the previous build's card is reused (src/lib/site/indicator-keys.ts).
export async function getStaticPaths() {
  const pkg = release().package;
  const all = renderedPaths([...chartRates, ...chartIndicators], (i) => i.id);
  const withValues = await Promise.all(all.map(async (i) => ((await shareFor(i.id, i.zh, i.unit)).values ? i.id : null)));
  return Promise.all(withValues.filter((id): id is string => id !== null).map(async (id) => ({ params: { id }, cacheKey: pageCacheKey((await indicatorDigest(id)).keys.all, pkg) })));
}

export const GET: APIRoute = async ({ params }) => {
  const i = [...chartRates, ...chartIndicators].find((x) => x.id === params.id)!;
  const { values } = await shareFor(i.id, i.zh, i.unit);
  return new Response(new Uint8Array(shareCardPng(values ?? [])), { headers: { 'Content-Type': 'image/png' } });
};
