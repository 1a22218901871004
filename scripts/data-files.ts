// `tsx scripts/data-files.ts --out DIR`: write the indicator data files (src/data/data-files.ts:
// <year>.json, years.json, trend.json, card.png under /indicators/<id>/) of this render shard
// (NIANBAO_RENDER_SHARD, all when unset) into DIR, through the cache NIANBAO_CACHE/data-files
// (src/lib/site/data-file-cache.ts: an unchanged file is linked, not made). `npm run build:site`
// makes them inside its render workers instead (src/integrations/render-workers.ts); this script
// writes them alone (a shard's, or to compare).
import { join } from 'node:path';
import { dataFilesCode } from '../src/data/data-files-code.ts';
import { writeIndicatorDataFiles } from '../src/data/data-files.ts';
import { renderShardOf } from '../src/lib/site/render-shard.ts';

const ROOT = join(import.meta.dirname, '..');
const at = process.argv.indexOf('--out');
const out = at > 0 ? process.argv[at + 1] : undefined;
if (!out) throw new Error('usage: tsx scripts/data-files.ts --out DIR');
const shard = renderShardOf(process.env.NIANBAO_RENDER_SHARD);
const cacheDir = join(process.env.NIANBAO_CACHE ?? join(ROOT, 'node_modules', '.astro'), shard ? `data-files-${shard.index}-of-${shard.count}` : 'data-files');
const t0 = performance.now();
const r = await writeIndicatorDataFiles(out, cacheDir, dataFilesCode());
const cpu = process.cpuUsage();
process.stderr.write(
  `data-files: ${r.made + r.reused} indicator data files (${r.made} made, ${r.reused} unchanged, ${r.removed} removed from the cache) in ${Math.round(performance.now() - t0)} ms, CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms\n`,
);
