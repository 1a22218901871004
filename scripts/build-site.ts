// `npm run build:site`: `astro build`, split over several processes that render side by side.
// Astro renders pages on one thread; with NIANBAO_RENDER_JOBS=n (default: the number of cores, at
// most 4) n `astro build` processes each render the paths of one shard (NIANBAO_RENDER_SHARD=i/n,
// src/lib/site/render-shard.ts) into their own outDir and incremental cache, and their outputs are
// merged into NIANBAO_DIST (src/lib/site/merge-outputs.ts). n = 1 is a plain `astro build`.
// Across machines: each runs `NIANBAO_RENDER_SHARD=i/n npm run build:site` (one process, shard i of
// n, into its own NIANBAO_DIST) over the same ingest output, and one then runs
// `npm run build:site -- --merge DIR…` to merge the shards' outputs into NIANBAO_DIST.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { mergeOutput } from '../src/lib/site/merge-outputs.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');
const CACHE = process.env.NIANBAO_CACHE ?? join(ROOT, 'node_modules', '.astro');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
// A shard given from outside (one machine of several) is rendered by one process.
const jobs = process.env.NIANBAO_RENDER_SHARD ? 1 : Math.max(1, Number(process.env.NIANBAO_RENDER_JOBS) || Math.min(availableParallelism(), 4));
// Rendering allocates many short-lived strings: a larger young generation halves the scavenges (README, National scale).
const NODE_OPTIONS = `--max-semi-space-size=64 ${process.env.NODE_OPTIONS ?? ''}`.trim();

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
  const child = spawn(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
if (jobs === 1) process.exit(await astroBuild({}, '').done);
// Inside the project: Astro keeps its intermediate server build under outDir only when outDir is
// within the working directory (else in ./.astro/, which side-by-side builds would share).
const outDir = (i: number) => join(ROOT, '.nianbao', 'render', `${createHash('sha1').update(DIST).digest('hex').slice(0, 8)}-${i + 1}-of-${jobs}`);
const builds: Build[] = [];
for (let i = 0; i < jobs; i++) {
  if (i > 0) await builds[i - 1]!.pastSync;
  builds.push(astroBuild({ NIANBAO_RENDER_SHARD: `${i}/${jobs}`, NIANBAO_DIST: outDir(i), NIANBAO_CACHE: join(CACHE, `render-${i}-of-${jobs}`) }, `[${i + 1}/${jobs}]`));
}
const codes = await Promise.all(builds.map((b) => b.done));
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
process.stderr.write(`build:site: ${jobs} render processes, ${moved} files merged into ${DIST} from the other shards (${Math.round(performance.now() - t0)} ms)\n`);
