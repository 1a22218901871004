// The indicator data files of the site, written outside Astro (by the render workers of `npm run
// build:site`, or scripts/data-files.ts)
// (src/lib/site/data-file-cache.ts) from the same view models the indicator pages use:
//   /indicators/<id>/<year>.json  one year's rows in the island's wire form (WireData), fetched when the
//                                 reader picks another year (the page carries only its default view);
//   /indicators/<id>/years.json   the years, newest first: reports with a row that year, places with a value;
//   /indicators/<id>/trend.json   the 趋势 view's lines (trend-state.ts TrendData), fetched when it is shown;
//   /indicators/<id>/card.png     the share card (og:image) of an indicator with values (share-card.ts).
// Each has a key (page-cache.ts pageCacheKey over what it is made from, plus the package version):
// with the same key the previous build's file is linked again instead of made.
import { chartIndicators, chartRates, indicatorDigest, shareFor, trendFor, trendKey, yearJson } from '../components/chart/indicator-data.ts';
import { pageCacheKey } from '../lib/site/page-cache.ts';
import { renderedPaths, type RenderShard } from '../lib/site/render-shard.ts';
import { shareCardPng } from '../lib/site/share-card.ts';
import { writeDataFiles, type DataFile, type DataFileResult } from '../lib/site/data-file-cache.ts';
import { release } from './downloads.ts';

// The render workers also write the pages of the direct routes through the same cache
// (src/integrations/direct-pages.ts); this module is the bundle entry they load it from.
export { writeDataFiles };

/** The data files of the indicators of this render shard (every indicator's files are in its id's shard), one indicator at a time. */
export async function* indicatorDataFiles(shard?: RenderShard | null): AsyncGenerator<DataFile> {
  const pkg = release().package;
  const all = [...chartRates, ...chartIndicators];
  for (const i of shard === undefined ? renderedPaths(all, (x) => x.id) : renderedPaths(all, (x) => x.id, shard)) {
    const d = await indicatorDigest(i.id);
    const base = `indicators/${i.id}`;
    for (const [year] of d.facts.years) yield { path: `${base}/${year}.json`, key: pageCacheKey(d.keys.years.get(year), pkg), body: () => yearJson(i.id, year) };
    yield { path: `${base}/years.json`, key: pageCacheKey(d.keys.all, pkg), body: () => d.yearsJson };
    const { values } = await shareFor(i.id, i.zh, i.unit);
    if (values) yield { path: `${base}/card.png`, key: pageCacheKey(d.keys.all, pkg), body: () => shareCardPng(values) };
    yield { path: `${base}/trend.json`, key: pageCacheKey(await trendKey(i.id), pkg), body: async () => JSON.stringify(await trendFor(i.id)) };
  }
}

/**
 * Write this render shard's data files (NIANBAO_RENDER_SHARD, all when unset) into `out` through the
 * cache folder `cacheDir` (src/lib/site/data-file-cache.ts); `code` is dataFilesCode() (data-files-code.ts).
 * Called by the render workers of `npm run build:site` (src/integrations/render-workers.ts), which
 * import this module as an entry of the prerender bundle, and by scripts/data-files.ts.
 */
export function writeIndicatorDataFiles(out: string, cacheDir: string, code: string): Promise<DataFileResult> {
  return writeDataFiles(indicatorDataFiles(), out, cacheDir, code);
}
