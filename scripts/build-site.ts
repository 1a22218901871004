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
import { stageSearchIndex } from './search-stage.ts';
import { mergeOutput } from '../src/lib/site/merge-outputs.ts';
import { renderHeapCapMB } from '../src/lib/site/render-heap.ts';
import { renderBudgetMB, renderJobs } from '../src/lib/site/render-jobs.ts';
import { removeBeside, replacedOutputs, setAsideOutput } from '../src/lib/site/replaced-output.ts';
import { renderProcessMB, searchBesideRender, searchIndexMB } from '../src/lib/site/search-beside.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const DATA = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');

/** The size of the summaries a worker loads: what the heap caps and the search index's placement follow (0 before any ingest: astro build fails on its own). */
function summariesBytes(): number {
  try {
    return statSync(join(DATA, 'summaries.ndjson')).size;
  } catch {
    return 0;
  }
}

const SUMMARIES = summariesBytes();
/** The old-space cap of each isolate (main thread and workers) (src/lib/site/render-heap.ts). */
const HEAP_MB = renderHeapCapMB(SUMMARIES);
const BUDGET_MB = renderBudgetMB(totalmem(), process.env.NIANBAO_RENDER_MEMORY_MB);
const jobs = Math.max(1, Math.floor(Number(process.env.NIANBAO_RENDER_JOBS)) || renderJobs(availableParallelism(), HEAP_MB, BUDGET_MB));

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

// The previous output goes aside in one rename instead of being emptied by astro entry by entry in
// front of the build (src/lib/site/replaced-output.ts), and is deleted beside it, with any that a
// stopped build left; the build does not wait for that deletion at its end.
setAsideOutput(DIST);
const toRemove = replacedOutputs(DIST);
const removal = removeBeside(toRemove);

// Each render worker's heap: its old-space cap (NIANBAO_RENDER_HEAP_MB) and a larger young generation
// are set per worker (src/integrations/render-workers.ts workerHeap); a --max-old-space-size in
// NODE_OPTIONS holds for every isolate and wins.
// Rolldown (the bundler, native code) allocates with mimalloc, which by default commits its arenas
// eagerly and keeps freed pages resident (~190 MB for the rest of the build after bundling: README,
// National scale). Set here unless given.
const MIMALLOC: Record<string, string> = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DECOMMITS: '1' };
const env = { ...MIMALLOC, ...process.env, NIANBAO_RENDER_HEAP_MB: String(HEAP_MB), NIANBAO_RENDER_WORKERS: String(jobs) };
// The search index needs no built page (scripts/search-stage.ts makes it from the summaries): it is
// made in this process beside astro's start and bundling, which keep one core busy (this process's
// thread is otherwise idle, and no second Node process holds memory), and linked into the site once
// astro is done (astro empties the output folder as it starts). When the two together would not fit
// the memory budget (src/lib/site/search-beside.ts: at 100,000 reports), and in one render shard of
// several, it is left to the step after astro (finish-site.ts makes it when <dist>/pagefind is
// missing, beside linking the downloads).
const searchIndex = () =>
  stageSearchIndex(DATA, process.env.NIANBAO_CACHE ?? join(ROOT, 'node_modules', '.astro')).then(
    (x) => {
      process.stderr.write(`search index: ${x.records} records → ${x.dir} (${Math.round(performance.now() - t0)} ms since the start: ${x.how})\n`);
      return x.dir;
    },
    (e: unknown) => {
      process.stderr.write(`build:site: search index: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      return null;
    },
  );
const makeSearch = !process.env.NIANBAO_RENDER_SHARD;
const beside = makeSearch && searchBesideRender(SUMMARIES, jobs, HEAP_MB, BUDGET_MB);
if (makeSearch && !beside) {
  process.stderr.write(`build:site: search index left to finish-site.ts (beside astro ~${searchIndexMB(SUMMARIES) + renderProcessMB(SUMMARIES, jobs, HEAP_MB)} MB > the ${BUDGET_MB} MB budget)\n`);
}
const search = beside ? searchIndex() : null;
// NIANBAO_BUILD_PROFILE=<dir>: a CPU profile of astro's main thread and of each render worker there
const profile = process.env.NIANBAO_BUILD_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.NIANBAO_BUILD_PROFILE}`] : [];
const child = spawn(process.execPath, [...profile, ASTRO, 'build'], { cwd: ROOT, env, stdio: 'inherit' });
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
// The site is complete: a deletion still running goes on after this process (replaced-output.ts letRun).
if (!removal.settled()) {
  removal.letRun();
  process.stderr.write(`build:site: the previous output is still being deleted, after the build (${toRemove.join(', ')}; the next build deletes what is left)\n`);
} else {
  const removeFailed = await removal.done.then(
    () => null,
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
  if (removeFailed) process.stderr.write(`build:site: ${removeFailed} (set aside from ${DIST}; the next build tries again)\n`);
  else if (toRemove.length) process.stderr.write(`build:site: the previous output deleted beside the build (${toRemove.join(', ')})\n`);
}
process.stderr.write(`build:site: ${jobs} render worker${jobs === 1 ? '' : 's'} (${Math.round(performance.now() - t0)} ms)\n`);

