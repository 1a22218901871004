// One render worker of `npm run build:site` (src/integrations/render-workers.ts): a worker thread of
// the one `astro build` process that imports the prerender bundle Astro has just built, computes
// its shard's paths (NIANBAO_RENDER_SHARD in its own process.env: src/lib/site/render-shard.ts) and
// renders the paths the main thread sends it, as Astro's default prerenderer would in the main
// thread (astro/dist/core/build/default-prerenderer.js). Its last job is the indicator data files of
// its shard (src/data/data-files.ts), from the same data layer and indicator digests its pages
// used. Plain JavaScript: a worker thread has no TypeScript loader.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';

const { astroDir, entry, dataFilesEntry, pages, scripts } = workerData;
const astro = (path) => import(new URL(path, astroDir).href);

const [{ StaticPaths }, { renderForPrerender }, { ensureAsyncRenderScope }, { createRequest }] = await Promise.all([
  astro('dist/runtime/prerender/static-paths.js'),
  astro('dist/core/app/prerender.js'),
  astro('dist/core/render-scope/node-scope.js'),
  astro('dist/core/request.js'),
]);

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

const handlers = {
  async paths() {
    const all = await new StaticPaths(app).getAll();
    return all.map((p) => {
      const r = routeIndex.get(p.route);
      if (r === undefined) throw new Error(`render worker: route ${p.route.route} is not in the manifest`);
      return { r, pathname: p.pathname, cacheKey: p.cacheKey };
    });
  },
  async render({ url, r, collectMetadata }, transfer) {
    const routeData = routes[r];
    if (collectMetadata) ensureAsyncRenderScope();
    const request = createRequest({ url, headers: new Headers(), logger: app.logger, isPrerendered: true, routePattern: routeData.component });
    const rendered = await renderForPrerender(app, request, { routeData, collectMetadata });
    const response = rendered instanceof Response ? rendered : rendered.response;
    const body = response.body === null || NULL_BODY.has(response.status) ? null : await response.arrayBuffer();
    if (body) transfer.push(body);
    return { status: response.status, statusText: response.statusText, headers: [...response.headers], body, metadata: rendered.metadata };
  },
  async dataFiles({ out, cacheDir, code }) {
    const before = cpuMs();
    const { writeIndicatorDataFiles } = await import(dataFilesEntry);
    const result = await writeIndicatorDataFiles(out, cacheDir, code);
    const heap = getHeapStatistics();
    return { ...result, cpuMs: { pages: before, dataFiles: cpuMs() - before }, heapMB: Math.round(heap.total_heap_size / 2 ** 20), usedMB: Math.round(heap.used_heap_size / 2 ** 20) };
  },
};

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
