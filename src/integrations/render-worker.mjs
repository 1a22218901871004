// One render worker of `npm run build:site` (src/integrations/render-workers.ts): a worker thread of
// the one `astro build` process that imports the prerender bundle Astro has just built, computes
// its shard's paths (NIANBAO_RENDER_SHARD in its own process.env: src/lib/site/render-shard.ts) and
// renders the paths the main thread sends it, as Astro's default prerenderer would in the main
// thread (astro/dist/core/build/default-prerenderer.js). Its first job is the indicator data files of
// its shard (src/data/data-files.ts): making them makes the data layer and the indicator digests its
// pages then use. Between the paths Astro's loop sends, it writes the paths of the direct routes the
// main thread gave it (src/integrations/direct-pages.ts) itself, through their cache.
// Plain JavaScript: a worker thread has no TypeScript loader.
import { getHeapStatistics } from 'node:v8';
import { setImmediate as yieldToMessages } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { loadAstroInternals } from './astro-internals.mjs';

const { astroDir, entry, dataFilesEntry, pages, scripts } = workerData;

const {
  staticPaths: { StaticPaths },
  prerender: { renderForPrerender },
  renderScope: { ensureAsyncRenderScope },
  request: { createRequest },
} = await loadAstroInternals(astroDir, ['staticPaths', 'prerender', 'renderScope', 'request']);

const { app } = await import(entry);
// What the bundle's build environment reads of the build state: each page's styles (head
// elements) and the head-inline scripts; page scripts would need the bundle map and are refused
// by the main thread. Log lines of warnings and errors go to stderr, tagged.
app.setInternals({ pagesByKeys: new Map(pages), entrySpecifierToBundleMap: new Map() });
const tag = `[render ${process.env.NIANBAO_RENDER_SHARD ?? 'all'}]`;
const destination = {
  write(event) {
    if (event.level === 'warn' || event.level === 'error') process.stderr.write(`${tag} ${event.label ? `[${event.label}] ` : ''}${event.message}\n`);
    return true;
  },
};
app.setOptions({ settings: { scripts }, logger: { options: { destination } } });

/** Routes as the main thread numbers them: every route of the manifest, each followed by its fallbacks. */
const routes = app.manifest.routes.flatMap(({ routeData }) => [routeData, ...(routeData.fallbackRoutes ?? [])]);
const routeIndex = new Map(routes.map((r, i) => [r, i]));
const NULL_BODY = new Set([101, 204, 205, 304]);
/** CPU time of this thread so far (bundle import, data layer, pages). */
const cpuMs = () => {
  const c = process.threadCpuUsage();
  return Math.round((c.user + c.system) / 1000);
};

/** This thread's CPU at the end of each phase: start (bundle import), data files, paths; pages is the rest. */
const marks = { start: cpuMs(), dataFiles: 0, paths: 0 };

const handlers = {
  async paths() {
    const before = cpuMs();
    const all = await new StaticPaths(app).getAll();
    marks.paths = cpuMs() - before;
    return all.map((p) => {
      const r = routeIndex.get(p.route);
      if (r === undefined) throw new Error(`render worker: route ${p.route.route} is not in the manifest`);
      return { r, pathname: p.pathname, cacheKey: p.cacheKey };
    });
  },
  async render({ url, r, collectMetadata }, transfer) {
    const routeData = routes[r];
    if (collectMetadata) ensureAsyncRenderScope();
    const { response, metadata } = await renderRoute(routeData, url, collectMetadata);
    const body = response.body === null || NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
    if (body) transfer.push(body);
    return { status: response.status, statusText: response.statusText, headers: [...response.headers], body, metadata };
  },
  // The direct paths of this worker ({r, url, file, key}), rendered one at a time as Astro would
  // render them and written once (src/lib/site/data-file-cache.ts: made, or linked when the key is
  // unchanged). An error names the path and its route, and stops the build as in Astro's loop.
  async pages({ out, cacheDir, list, code }) {
    const { writeDataFiles } = await import(dataFilesEntry);
    async function* files() {
      for (const p of list) {
        yield { path: p.file, key: p.key, body: () => renderDirect(p) };
        await yieldToMessages(); // the main thread's requests (Astro's loop) are served in between
      }
    }
    return writeDataFiles(files(), out, cacheDir, code);
  },
  async dataFiles({ out, cacheDir, code }) {
    const before = cpuMs();
    const { writeIndicatorDataFiles } = await import(dataFilesEntry);
    const result = await writeIndicatorDataFiles(out, cacheDir, code);
    marks.dataFiles = cpuMs() - before;
    return result;
  },
  stats() {
    const heap = getHeapStatistics();
    const { start, dataFiles, paths } = marks;
    return { cpuMs: { start, dataFiles, paths, pages: cpuMs() - start - dataFiles - paths }, heapMB: Math.round(heap.total_heap_size / 2 ** 20), usedMB: Math.round(heap.used_heap_size / 2 ** 20) };
  },
};

/** One path rendered as Astro's default prerenderer renders it: its Response and the metadata collected. */
async function renderRoute(routeData, url, collectMetadata) {
  const request = createRequest({ url, headers: new Headers(), logger: app.logger, isPrerendered: true, routePattern: routeData.component });
  const rendered = await renderForPrerender(app, request, { routeData, collectMetadata });
  return rendered instanceof Response ? { response: rendered, metadata: undefined } : { response: rendered.response, metadata: rendered.metadata };
}

async function renderDirect({ r, url, file }) {
  const routeData = routes[r];
  const pathname = new URL(url).pathname;
  let response;
  try {
    ({ response } = await renderRoute(routeData, url, false));
  } catch (e) {
    throw Object.assign(new Error(`Caught error rendering ${pathname} (${routeData.component}): ${e instanceof Error ? e.message : e}`, { cause: e }), {
      stack: `Caught error rendering ${pathname} (${routeData.component}): ${e instanceof Error ? e.stack : e}`,
    });
  }
  // Astro's loop would write a redirect page or nothing for these; a direct route answers 200 with a body
  if (response.status !== 200 || response.body === null) throw new Error(`render workers: ${pathname} (${routeData.component}) answered ${response.status} ${response.body === null ? 'without a body' : ''}: not written to ${file}`);
  return new Uint8Array(await response.arrayBuffer());
}

parentPort.on('message', async ({ id, type, ...args }) => {
  try {
    const transfer = [];
    const result = await handlers[type](args, transfer);
    parentPort.postMessage({ id, result }, transfer);
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? { message: e.message, stack: e.stack, name: e.name } : { message: String(e) } });
  }
});
parentPort.postMessage({ id: 0, result: 'ready' });
