// Render workers: `npm run build:site` runs ONE `astro build` (bundling and content sync once) and
// renders its pages in NIANBAO_RENDER_WORKERS worker threads (src/integrations/render-worker.mjs).
// Astro's generation loop stays in the main thread (requests, file writes, the incremental cache);
// this integration gives it a prerenderer (astro:build:start setPrerenderer) whose getStaticPaths
// asks every worker for its shard's paths and whose render sends each path to the worker that
// listed it. Each worker imports the prerender bundle Astro has just written and loads the data
// layer once; before its pages, each writes its shard's indicator data files
// (src/data/data-files.ts, an extra entry of the prerender bundle: the same module instances as
// its pages, so the summaries and indicator digests are not loaded twice).
// The paths of the numerous per-key routes (report, place and compare-place pages:
// src/integrations/direct-pages.ts) skip Astro's loop: their worker renders and writes them itself,
// through a cache keyed like Astro's incremental build, while it serves the loop's other paths.
// Without NIANBAO_RENDER_WORKERS (a plain `astro build`) Astro renders in its main thread as usual.
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { dataFilesCode } from '../data/data-files-code.ts';
import { DIRECT_ROUTES, directPageKey, directUrl, routeCode, splitPaths } from './direct-pages.ts';
import { loadAstroInternals, nativeImport } from './astro-internals.mjs';
import { renderShardOf, shardHash } from '../lib/site/render-shard.ts';
import { threadCpuMs } from '../lib/thread-cpu.ts';
import type { DataFileResult } from '../lib/site/data-file-cache.ts';

/** The prerender bundle's extra entry (src/data/data-files.ts), beside Astro's prerender-entry.<hash>.mjs. */
export const DATA_FILES_ENTRY = 'nianbao-data-files.mjs';

/**
 * The shard of worker `j` of `k`: j/k, or when this build is itself shard i/n of several machines
 * (NIANBAO_RENDER_SHARD), (i + n·j)/(n·k) — together exactly the paths of shard i/n.
 */
export function workerShard(j: number, k: number, outer: string | undefined): string | undefined {
  const o = renderShardOf(outer);
  if (!o) return k === 1 ? undefined : `${j}/${k}`;
  return `${o.index + o.count * j}/${o.count * k}`;
}

/** A path's key: its route's number and its pathname without the trailing slash. */
export function pathKey(route: number, pathname: string): string {
  return `${route} ${decodeURI(pathname).replace(/\/+$/, '') || '/'}`;
}

/**
 * Which of the workers that listed a path renders it: the only one for a sharded route's path;
 * for a path every worker lists (a static route, or a route that does not shard), one chosen by
 * the hash of the path so that they share those too.
 */
export function ownerOf(key: string, listedBy: readonly number[]): number {
  return listedBy.length === 1 ? listedBy[0]! : listedBy[shardHash(key) % listedBy.length]!;
}

/**
 * Each worker's heap: NIANBAO_RENDER_HEAP_MB of old space (build:site sets it from the summaries' size,
 * src/lib/site/render-heap.ts) and a young generation of 96 MB (32 MB semi-spaces): rendering
 * allocates many short-lived strings, and the larger young generation halves the scavenges. Per
 * worker, so the main thread (Astro's loop over the paths) keeps V8's small default. V8 flags in
 * NODE_OPTIONS (--max-old-space-size, --max-semi-space-size) hold for every isolate and win.
 */
export function workerHeap(oldSpaceMB: string | undefined): ResourceLimits {
  const old = Math.floor(Number(oldSpaceMB));
  return { maxYoungGenerationSizeMb: 96, ...(old > 0 ? { maxOldGenerationSizeMb: old } : {}) };
}

/** The file of `names` in `dir` written last. */
function newest(dir: string, names: string[]): string | undefined {
  return names.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t)[0]?.f;
}

const rssMB = () => Math.round(process.memoryUsage.rss() / 2 ** 20);

/** A count of the workers' cache writes (data-file-cache.ts), summed over the workers. */
const total = (results: readonly DataFileResult[], k: keyof DataFileResult) => results.reduce((s, x) => s + x[k], 0);

interface Pending {
  resolve: (v: any) => void;
  reject: (e: Error) => void;
}

class RenderWorker {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  private next = 1;
  private pending = new Map<number, Pending>();
  private failed: Error | null = null;

  constructor(file: URL, data: unknown, readonly shard: string | undefined, resourceLimits: ResourceLimits) {
    const env = { ...process.env };
    if (shard) env.NIANBAO_RENDER_SHARD = shard;
    else delete env.NIANBAO_RENDER_SHARD;
    this.worker = new Worker(file, { workerData: data, env, resourceLimits });
    this.ready = new Promise((resolve, reject) => this.pending.set(0, { resolve: () => resolve(), reject }));
    this.worker.on('message', (m: { id: number; result?: unknown; error?: { message: string; stack?: string } }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error) p.reject(Object.assign(new Error(m.error.message), { stack: m.error.stack }));
      else p.resolve(m.result);
    });
    const fail = (e: Error) => {
      this.failed ??= e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`render worker ${shard ?? 'all'} exited (code ${code})`)));
  }

  /** This worker's folder `name` under the Astro cache dir (one per shard: workers write them side by side). */
  cacheDir(base: URL, name: string): string {
    return join(fileURLToPath(base), this.shard ? `${name}-${this.shard.replace('/', '-of-')}` : name);
  }

  call<T>(type: string, args: Record<string, unknown> = {}): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, type, ...args });
    });
  }
}

type Prerenderer = {
  name: string;
  app?: any;
  setup?: () => Promise<void>;
  getStaticPaths: () => Promise<Array<{ pathname: string; route: any; cacheKey?: string }>>;
  render: (request: Request, o: { routeData: any; collectMetadata?: boolean }) => Promise<unknown>;
  teardown?: () => Promise<void>;
};

export function renderWorkers(): AstroIntegration {
  const count = Math.floor(Number(process.env.NIANBAO_RENDER_WORKERS) || 0);
  let root: URL;
  let outDir: URL;
  let cacheDir: URL;
  return {
    name: 'nianbao:render-workers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (!count || command !== 'build') return;
        const id = fileURLToPath(new URL('src/data/data-files.ts', config.root));
        updateConfig({
          // enough paths in flight to keep every worker busy while the main thread writes files
          build: { concurrency: 8 * count },
          vite: {
            plugins: [
              {
                name: 'nianbao:data-files-entry',
                apply: 'build',
                applyToEnvironment: (env) => env.name === 'prerender',
                buildStart() {
                  this.emitFile({ type: 'chunk', id, fileName: DATA_FILES_ENTRY });
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        root = config.root;
        outDir = config.outDir;
        cacheDir = config.cacheDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (!count) return;
        setPrerenderer(((def: Prerenderer) => workerPrerenderer(def, count, root, outDir, cacheDir)) as never);
      },
    },
  };
}

/** A path a worker writes itself: route number, request URL, output file (relative to outDir) and cache key. */
interface DirectPath {
  r: number;
  url: string;
  file: string;
  key: string | undefined;
}

/** A worker's CPU per phase (its bundle import and start, its data files, listing its paths, its pages) and its heap at the end. */
interface WorkerStats {
  cpuMs: { start: number; dataFiles: number; paths: number; pages: number };
  heapMB: number;
  usedMB: number;
}

interface Direct {
  /** route number → its code (undefined: no incremental build, every path is rendered) */
  codes: Map<number, string | undefined>;
  path: (p: { r: number; pathname: string; cacheKey?: string }) => DirectPath;
}

/**
 * Run Astro's default prerenderer's setup (`setup`), catching the build internals it hands the
 * prerender bundle's app (app.setInternals): the same module instance (Node's import, as Astro's),
 * imported first here.
 */
async function withBuildInternals(entryUrl: string, setup: () => Promise<void>): Promise<any> {
  const { app } = await nativeImport(entryUrl);
  const own = Object.prototype.hasOwnProperty.call(app, 'setInternals');
  const setInternals = app.setInternals;
  let internals: any;
  app.setInternals = function (this: unknown, value: unknown) {
    internals = value;
    return setInternals.call(this, value);
  };
  try {
    await setup();
  } finally {
    if (own) app.setInternals = setInternals;
    else delete app.setInternals;
  }
  if (!internals) throw new Error('render workers: Astro\'s prerenderer did not hand the build internals to the prerender bundle\'s app (astro upgraded? see src/integrations/render-workers.ts)');
  return internals;
}

/**
 * Which routes' paths the workers write (DIRECT_ROUTES, when the build is the configuration they
 * are made for) and each one's code: Astro's incremental-build parts for the page — dependency hash
 * of its module graph, config hash, lockfile hash (generate.js) — or none when Astro would not reuse
 * pages either (no experimental.incrementalBuild, or --force).
 */
async function directSetup(astroDir: string, options: any, internals: any, routes: any[]): Promise<Direct> {
  const { config } = options.settings;
  const codes = new Map<number, string | undefined>();
  const none: Direct = { codes, path: () => { throw new Error('render workers: no direct routes'); } };
  if (config.build.format !== 'directory' || config.base !== '/' || config.trailingSlash === 'never' || options.settings.buildOutput !== 'static') {
    process.stderr.write('render workers: every path goes through Astro (direct pages need build.format directory, base /, a static build)\n');
    return none;
  }
  const { outFile, configHash, lockfileHash } = await loadAstroInternals(astroDir, ['outFile', 'configHash', 'lockfileHash']);
  const incremental = Boolean(config.experimental?.incrementalBuild) && !options.force;
  const [cHash, lHash] = incremental ? await Promise.all([configHash!.computeConfigHash(config), lockfileHash!.computeLockfileHash(fileURLToPath(config.root))]) : ['', ''];
  routes.forEach((route, r) => {
    if (!DIRECT_ROUTES.has(route.component) || route.prerender === false || (route.type !== 'page' && route.type !== 'endpoint')) return;
    if (internals.serverIslandPageComponents?.has(route.component)) return;
    codes.set(r, incremental ? routeCode(internals.pageDependencyHashes?.get(route.component) ?? '', cHash, lHash) : undefined);
  });
  const out = fileURLToPath(config.outDir);
  const origin: string = options.origin;
  return {
    codes,
    path({ r, pathname, cacheKey }) {
      const route = routes[r];
      // the output file exactly as Astro's loop names it (generate.js generatePathWithPrerenderer)
      const encoded = encodeURI(pathname);
      const file = relative(out, fileURLToPath(outFile!.getOutFile(config.build.format, outFile!.getOutFolder(options.settings, encoded, route), encoded, route)));
      return { r, url: directUrl(pathname, route.type, origin), file, key: directPageKey(cacheKey, codes.get(r)) };
    },
  };
}

function workerPrerenderer(def: Prerenderer, count: number, root: URL, outDir: URL, cacheDir: URL): Prerenderer {
  let workers: RenderWorker[] = [];
  const owner = new Map<string, number>();
  let routeIndex = new Map<unknown, number>();
  let routes: any[] = [];
  let ok = true;
  let direct: Direct = { codes: new Map(), path: () => { throw new Error('render workers: not set up'); } };
  let pagesJob: Promise<DataFileResult[]> | null = null;
  return {
    name: 'nianbao:render-workers',
    async setup() {
      const prerenderDir = new URL('./.prerender/', outDir.href.startsWith(root.href) ? outDir : new URL('./.astro/', root));
      // the entry this build just wrote: a build that failed leaves its bundle behind
      const entry = newest(fileURLToPath(prerenderDir), readdirSync(prerenderDir).filter((f) => f.startsWith('prerender-entry.') && f.endsWith('.mjs')));
      if (!entry) throw new Error(`render workers: no prerender entry in ${fileURLToPath(prerenderDir)}`);
      const entryUrl = new URL(entry, prerenderDir).href;
      const astroDir = pathToFileURL(join(createRequire(fileURLToPath(root)).resolve('astro/package.json'), '..') + '/').href;
      // The main thread imports the bundle too (cheap: pages load lazily), for the route objects
      // Astro's loop expects and the build state the workers need a copy of. The build internals
      // (each page's dependency hash, for the direct pages' keys) are what Astro's default
      // prerenderer hands the bundle's app: caught on their way in.
      const internals = await withBuildInternals(entryUrl, () => def.setup!());
      const app = def.app;
      if (app !== (await nativeImport(entryUrl)).app) throw new Error(`render workers: Astro's prerenderer did not load ${entryUrl}`);
      routes = app.manifest.routes.flatMap(({ routeData }: any) => [routeData, ...(routeData.fallbackRoutes ?? [])]);
      routeIndex = new Map(routes.map((r, i) => [r, i]));
      const options = app.getOptions();
      const scripts = options.settings.scripts;
      if (scripts.some((s: { stage: string }) => s.stage === 'page')) throw new Error('render workers: page scripts are not supported');
      direct = await directSetup(astroDir, options, internals, routes);
      const data = {
        astroDir,
        entry: entryUrl,
        dataFilesEntry: new URL(DATA_FILES_ENTRY, prerenderDir).href,
        pages: Object.values(options.allPages as Record<string, { key: string; styles: unknown }>).map((p) => [p.key, { styles: p.styles }]),
        scripts,
      };
      const rss0 = rssMB();
      const file = new URL('./render-worker.mjs', import.meta.url);
      const limits = workerHeap(process.env.NIANBAO_RENDER_HEAP_MB);
      workers = Array.from({ length: count }, (_, j) => new RenderWorker(file, data, workerShard(j, count, process.env.NIANBAO_RENDER_SHARD), limits));
      await Promise.all(workers.map((w) => w.ready));
      process.stderr.write(`render workers: ${count} ready (RSS after bundling ${rss0} MB, with the workers ${rssMB()} MB)\n`);
    },
    async getStaticPaths() {
      // Each worker first writes its shard's indicator data files: making them makes every indicator
      // view and digest its pages and their cache keys read, one view at a time while it is fresh
      // (made after the pages, the views the pages had let go would be made a second time).
      // A worker lists its paths as soon as its own data files are written.
      const code = dataFilesCode();
      const out = fileURLToPath(outDir);
      const done = await Promise.all(
        workers.map(async (w) => {
          const files = await w.call<DataFileResult>('dataFiles', { out, cacheDir: w.cacheDir(cacheDir, 'data-files'), code });
          return { files, paths: await w.call<Array<{ r: number; pathname: string; cacheKey?: string }>>('paths') };
        }),
      );
      const dataFiles = done.map((d) => d.files);
      const sum = (k: keyof DataFileResult) => total(dataFiles, k);
      process.stderr.write(`data-files: ${sum('made') + sum('reused')} indicator data files (${sum('made')} made, ${sum('reused')} unchanged, ${sum('removed')} removed from the cache) in ${count} render workers\n`);
      const lists = done.map((d) => d.paths);
      // route by route as Astro's own order; a path listed by several workers once
      const byKey = new Map<string, { r: number; pathname: string; cacheKey?: string; listedBy: number[] }>();
      lists.forEach((list, w) => {
        for (const p of list) {
          const key = pathKey(p.r, p.pathname);
          const seen = byKey.get(key);
          if (seen) seen.listedBy.push(w);
          else byKey.set(key, { ...p, listedBy: [w] });
        }
      });
      const listed = [...byKey.entries()].sort((a, b) => a[1].r - b[1].r).map(([key, p]) => ({ ...p, key }));
      const { astro, direct: mine } = splitPaths(listed, (r) => direct.codes.has(r));
      for (const p of astro) owner.set(p.key, ownerOf(p.key, p.listedBy));
      // each worker starts on its direct paths now and serves Astro's loop in between
      const directLists = workers.map(() => [] as DirectPath[]);
      for (const p of mine) directLists[p.listedBy[0]!]!.push(direct.path(p));
      pagesJob = Promise.all(
        workers.map((w, j) =>
          w.call<DataFileResult>('pages', { out: fileURLToPath(outDir), cacheDir: w.cacheDir(cacheDir, 'pages'), list: directLists[j], code: 'pages 1' }),
        ),
      );
      pagesJob.catch(() => {}); // awaited in teardown
      process.stderr.write(`render workers: ${listed.length} paths listed, ${mine.length} written by the workers themselves (RSS ${rssMB()} MB)\n`);
      return astro.map((p) => ({ pathname: p.pathname, route: routes[p.r], cacheKey: p.cacheKey }));
    },
    async render(request, { routeData, collectMetadata }) {
      const r = routeIndex.get(routeData);
      const key = r === undefined ? undefined : pathKey(r, new URL(request.url).pathname);
      const w = key === undefined ? undefined : owner.get(key);
      if (w === undefined) throw new Error(`render workers: no worker listed ${request.url}`);
      try {
        const m = await workers[w]!.call<{ status: number; statusText: string; headers: [string, string][]; body: ArrayBuffer | null; metadata: unknown }>(
          'render',
          { url: request.url, r, collectMetadata: Boolean(collectMetadata) },
        );
        return { response: new Response(m.body, { status: m.status, statusText: m.statusText, headers: m.headers }), metadata: m.metadata };
      } catch (e) {
        ok = false;
        throw e;
      }
    },
    async teardown() {
      try {
        const written = ok && pagesJob ? await pagesJob : [];
        if (ok && workers.length) {
          const n = (k: keyof DataFileResult) => total(written, k);
          process.stderr.write(`render workers: ${n('made') + n('reused')} pages written by the workers (${n('made')} rendered, ${n('reused')} unchanged, ${n('removed')} removed from the cache)\n`);
          const stats = await Promise.all(workers.map((w) => w.call<WorkerStats>('stats')));
          const cpu = stats.map((x, j) => `worker ${j + 1}: ${x.cpuMs.start} + ${x.cpuMs.dataFiles} + ${x.cpuMs.paths} + ${x.cpuMs.pages} ms`).join(', ');
          const heap = stats.map((x) => `${x.heapMB}/${x.usedMB}`).join(', ');
          process.stderr.write(
            `render workers: CPU main thread ${Math.round(threadCpuMs())} ms; start + data files + paths + pages ${cpu}; heap total/used MB at the end ${heap}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
          );
        }
      } finally {
        await Promise.all(workers.map((w) => w.worker.terminate()));
        await def.teardown?.();
      }
    },
  };
}
