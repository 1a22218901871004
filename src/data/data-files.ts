// The indicator data files of the site, written by scripts/data-files.ts outside Astro
// (src/lib/site/data-file-cache.ts) from the same view models the indicator pages use:
//   /indicators/<id>/<year>.json  one year's rows in the island's wire form (WireData), fetched when the
//                                 reader picks another year (the page carries only its default view);
//   /indicators/<id>/years.json   the years, newest first: reports with a row that year, places with a value;
//   /indicators/<id>/trend.json   the 趋势 view's lines (trend-state.ts TrendData), fetched when it is shown;
//   /indicators/<id>/card.png     the share card (og:image) of an indicator with values (share-card.ts).
// Each has a key (page-cache.ts pageCacheKey over what it is made from, plus the package version):
// with the same key the previous build's file is linked again instead of made.
import { join } from 'node:path';
import { chartIndicators, chartRates, indicatorDigest, shareFor, trendFor, trendKey, yearJson } from '../components/chart/indicator-data.ts';
import { codeHash } from '../lib/records/code-hash.ts';
import { filesUnder } from '../lib/records/files-under.ts';
import { pageCacheKey } from '../lib/site/page-cache.ts';
import { renderedPaths, type RenderShard } from '../lib/site/render-shard.ts';
import { shareCardPng } from '../lib/site/share-card.ts';
import type { DataFile } from '../lib/site/data-file-cache.ts';
import { release } from './downloads.ts';

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

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The version of the code that makes the data files: a hash of src/lib/, the view models
 * (components/chart/indicator-data.ts, src/data/), this script and package-lock.json. Any change to
 * them makes every data file again, as a change to a page's code re-renders it in Astro.
 */
export const dataFilesCode = (): string =>
  codeHash(
    [
      ...filesUnder(join(ROOT, 'src', 'lib'), /\.(ts|json)$/),
      ...filesUnder(join(ROOT, 'src', 'data'), /\.ts$/),
      join(ROOT, 'src', 'components', 'chart', 'indicator-data.ts'),
      join(ROOT, 'scripts', 'data-files.ts'),
      join(ROOT, 'package-lock.json'),
    ],
    ROOT,
  ).slice(0, 16);
