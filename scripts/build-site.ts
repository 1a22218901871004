// `npm run build:site`: one `astro build` whose pages render in NIANBAO_RENDER_WORKERS worker threads
// (default: one per core, at most 4, as many as their heap caps fit in the memory budget:
// src/lib/site/render-jobs.ts; src/integrations/render-workers.ts). Astro bundles the site
// and syncs the content once; each worker imports that bundle, loads the data layer, renders the paths
// of its shard (NIANBAO_RENDER_SHARD=j/n, src/lib/site/render-shard.ts) and then writes its shard's
// indicator data files (<year>.json, years.json, trend.json, card.png: src/data/data-files.ts).
// Across machines: each runs `NIANBAO_RENDER_SHARD=i/n npm run build:site` (shard i of n, into its
// own NIANBAO_DIST; its workers split that shard) over the same ingest output, and one then runs
// `npm run build:site -- --merge DIR…` to merge the shards' outputs into NIANBAO_DIST.
import { spawn } from 'node:child_process';
import { availableParallelism, totalmem } from 'node:os';
import { join } from 'node:path';
import { rmSync, statSync } from 'node:fs';
import { linkTree } from '../src/lib/search/link-tree.ts';
import { mergeOutput } from '../src/lib/site/merge-outputs.ts';
import { renderHeapCapMB } from '../src/lib/site/render-heap.ts';
import { renderBudgetMB, renderJobs } from '../src/lib/site/render-jobs.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const DATA = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');

/** The old-space cap of each isolate (main thread and workers), from the size of the summaries a worker loads (src/lib/site/render-heap.ts). */
function heapCapMB(): number {
  try {
    return renderHeapCapMB(statSync(join(DATA, 'summaries.ndjson')).size);
  } catch {
    return renderHeapCapMB(0); // no ingest output yet: astro build fails on its own
  }
}

const HEAP_MB = heapCapMB();
const jobs = Math.max(
  1,
  Math.floor(Number(process.env.NIANBAO_RENDER_JOBS)) ||
    renderJobs(availableParallelism(), HEAP_MB, renderBudgetMB(totalmem(), process.env.NIANBAO_RENDER_MEMORY_MB)),
);

const t0 = performance.now();
const merge = process.argv.indexOf('--merge');
if (merge >= 0) {
  const dirs = process.argv.slice(merge + 1);
  if (!dirs.length) throw new Error('--merge needs the render shards\' output folders');
  let moved = 0;
  for (const dir of dirs) moved += mergeOutput(dir, DIST).moved;
  process.stderr.write(`build:site: ${moved} files of ${dirs.length} render shards merged into ${DIST} (${Math.round(performance.now() - t0)} ms)\n`);
  process.exit(0);
}

// Each render worker's heap: its old-space cap (NIANBAO_RENDER_HEAP_MB) and a larger young generation
// are set per worker (src/integrations/render-workers.ts workerHeap); a --max-old-space-size in
// NODE_OPTIONS holds for every isolate and wins.
// Rolldown (the bundler, native code) allocates with mimalloc, which by default commits its arenas
// eagerly and keeps freed pages resident (~190 MB for the rest of the build after bundling: README,
// National scale). Set here unless given.
const MIMALLOC: Record<string, string> = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DECOMMITS: '1' };
const env = { ...MIMALLOC, ...process.env, NIANBAO_RENDER_HEAP_MB: String(HEAP_MB), NIANBAO_RENDER_WORKERS: String(jobs) };
// The search index needs no built page (scripts/search-index.ts makes it from the summaries): it is
// made beside astro's start and bundling, which keep one core busy, and linked into the site once
// astro is done (astro empties the output folder as it starts). One render shard of several leaves
// it to the job that merges them (finish-site.ts makes it when <dist>/pagefind is missing).
const search = process.env.NIANBAO_RENDER_SHARD ? null : stageSearchIndex();
const child = spawn(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env, stdio: 'inherit' });
const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
if (code) {
  process.stderr.write('build:site: astro build failed\n');
  process.exit(1);
}
if (search) {
  const index = await search;
  if (!index) {
    process.stderr.write('build:site: search index failed\n');
    process.exit(1);
  }
  const out = join(DIST, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const files = linkTree(index, out);
  process.stderr.write(`build:site: search index linked into ${out} (${files} files)\n`);
}
process.stderr.write(`build:site: ${jobs} render worker${jobs === 1 ? '' : 's'} (${Math.round(performance.now() - t0)} ms)\n`);

/** Run search-index.ts --stage; the folder of the index it made or kept, or null when it failed. */
function stageSearchIndex(): Promise<string | null> {
  const p = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'search-index.ts'), '--stage'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  return new Promise((resolve) => {
    p.on('error', () => resolve(null));
    p.on('close', (c) => {
      try {
        resolve(c === 0 ? (JSON.parse(stdout.trim().split('\n').pop()!) as { index: string }).index : null);
      } catch {
        resolve(null);
      }
    });
  });
}
