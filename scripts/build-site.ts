// `npm run build:site`: `astro build`, split over several processes that render side by side.
// Astro renders pages on one thread; with NIANBAO_RENDER_JOBS=n (default: the number of cores, at
// most 4) n `astro build` processes each render the paths of one shard (NIANBAO_RENDER_SHARD=i/n,
// src/lib/site/render-shard.ts) into their own outDir and incremental cache, and their outputs are
// merged into NIANBAO_DIST (src/lib/site/merge-outputs.ts). n = 1 is a plain `astro build`.
// Across machines: each runs `NIANBAO_RENDER_SHARD=i/n npm run build:site` (one process, shard i of
// n, into its own NIANBAO_DIST) over the same ingest output, and one then runs
// `npm run build:site -- --merge DIR…` to merge the shards' outputs into NIANBAO_DIST.
// The indicator data files (<year>.json, years.json, trend.json, card.png) are not Astro routes:
// scripts/data-files.ts writes them (the shard's, through its own cache) beside the render processes,
// and they are merged into the site with the shards' outputs.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { mergeOutput } from '../src/lib/site/merge-outputs.ts';
import { renderHeapCapMB } from '../src/lib/site/render-heap.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');
const CACHE = process.env.NIANBAO_CACHE ?? join(ROOT, 'node_modules', '.astro');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
// A shard given from outside (one machine of several) is rendered by one process.
const jobs = process.env.NIANBAO_RENDER_SHARD ? 1 : Math.max(1, Number(process.env.NIANBAO_RENDER_JOBS) || Math.min(availableParallelism(), 4));
const DATA = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');

/** The old-space cap of each process, from the size of the summaries it loads (src/lib/site/render-heap.ts). */
function heapCapMB(): number {
  try {
    return renderHeapCapMB(statSync(join(DATA, 'summaries.ndjson')).size);
  } catch {
    return renderHeapCapMB(0); // no ingest output yet: astro build fails on its own
  }
}

// Rendering allocates many short-lived strings: a larger young generation halves the scavenges (README,
// National scale). A --max-old-space-size given in NODE_OPTIONS comes later and wins over the cap.
const NODE_OPTIONS = `--max-semi-space-size=64 --max-old-space-size=${heapCapMB()} ${process.env.NODE_OPTIONS ?? ''}`.trim();
// Rolldown (the bundler, native code) allocates with mimalloc, which by default commits its arenas
// eagerly and keeps freed pages resident: ~190 MB of every render process's memory for the rest of
// the build after bundling (README, National scale). Set here unless given.
const MIMALLOC: Record<string, string> = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DECOMMITS: '1', ...pick(process.env, /^MIMALLOC_/) };

function pick(env: NodeJS.ProcessEnv, name: RegExp): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => name.test(e[0]) && e[1] !== undefined));
}

// Every `astro build` first syncs the content layer into the project's .astro/ folder (shared by
// all processes, written through fixed temporary names): the next process starts only once the
// previous one has reached its bundling step, so no two syncs overlap.
const PAST_SYNC = /Building static entrypoints/;

interface Build {
  /** Resolves when the process is past its content sync (or has ended). */
  pastSync: Promise<void>;
  done: Promise<number>;
}

function astroBuild(env: Record<string, string>, tag: string): Build {
  return child([ASTRO, 'build'], { NODE_OPTIONS, ...MIMALLOC, ...env }, tag);
}

function child(args: string[], env: Record<string, string>, tag: string): Build {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let synced!: () => void;
  const pastSync = new Promise<void>((resolve) => (synced = resolve));
  for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    createInterface({ input: stream }).on('line', (line) => {
      if (PAST_SYNC.test(line)) synced();
      out.write(tag ? `${tag} ${line}\n` : `${line}\n`);
    });
  }
  const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  void done.then(synced);
  return { pastSync, done };
}

// Where the data files are staged (inside the project, like the shards' outDirs: one file system, so merging is renames).
const staging = (name: string) => join(ROOT, '.nianbao', 'render', `${createHash('sha1').update(DIST).digest('hex').slice(0, 8)}-${name}`);

/** scripts/data-files.ts into its staging folder (emptied first). */
function dataFiles(): { dir: string; build: Build } {
  const dir = staging('data');
  rmSync(dir, { recursive: true, force: true });
  return { dir, build: child(['--import', 'tsx', join(ROOT, 'scripts', 'data-files.ts'), '--out', dir], { NODE_OPTIONS }, '') };
}

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
const data = dataFiles();
if (jobs === 1) {
  // One process at a time, as NIANBAO_RENDER_JOBS says (it is the memory budget too: at 100,000
  // reports the writer and the render process side by side held 7 GB): the data files, then the pages.
  const dataCode = await data.build.done;
  const code = dataCode ? 0 : await astroBuild({}, '').done;
  if (code || dataCode) {
    process.stderr.write(`build:site: ${code ? 'astro build' : 'scripts/data-files.ts'} failed\n`);
    process.exit(1);
  }
  mergeOutput(data.dir, DIST);
  process.exit(0);
}
// Inside the project: Astro keeps its intermediate server build under outDir only when outDir is
// within the working directory (else in ./.astro/, which side-by-side builds would share).
const outDir = (i: number) => staging(`${i + 1}-of-${jobs}`);
const builds: Build[] = [];
for (let i = 0; i < jobs; i++) {
  if (i > 0) await builds[i - 1]!.pastSync;
  // The data files take one process's place: the last render process starts once they are written,
  // so no more processes run at once than NIANBAO_RENDER_JOBS (memory: README, National scale).
  if (i === jobs - 1) await data.build.done;
  builds.push(astroBuild({ NIANBAO_RENDER_SHARD: `${i}/${jobs}`, NIANBAO_DIST: outDir(i), NIANBAO_CACHE: join(CACHE, `render-${i}-of-${jobs}`) }, `[${i + 1}/${jobs}]`));
}
const [codes, dataCode] = await Promise.all([Promise.all(builds.map((b) => b.done)), data.build.done]);
if (dataCode) {
  process.stderr.write('build:site: scripts/data-files.ts failed\n');
  process.exit(1);
}
if (codes.some((c) => c !== 0)) {
  process.stderr.write(`build:site: astro build failed in render shard(s) ${codes.flatMap((c, i) => (c ? [i + 1] : [])).join(', ')} of ${jobs}\n`);
  process.exit(1);
}
rmSync(DIST, { recursive: true, force: true });
mkdirSync(dirname(DIST), { recursive: true });
let moved = 0;
try {
  renameSync(outDir(0), DIST); // the first shard becomes the site when both are on one file system
} catch {
  moved += mergeOutput(outDir(0), DIST).moved;
}
for (let i = 1; i < jobs; i++) moved += mergeOutput(outDir(i), DIST).moved;
moved += mergeOutput(data.dir, DIST).moved;
process.stderr.write(`build:site: ${jobs} render processes, ${moved} files merged into ${DIST} from the other shards (${Math.round(performance.now() - t0)} ms)\n`);
