// The modules of Astro's own dist/ that the render workers use (src/integrations/render-workers.ts in
// the main thread, render-worker.mjs in each worker). They are not Astro's public API: an upgrade
// may move or rename them, so every one is loaded through this list and checked for the exports
// used (tests/unit/integrations/astro-internals.test.ts loads them from the pinned astro), and a
// missing one fails the build by name instead of a page going missing. Plain JavaScript: a worker
// thread has no TypeScript loader.

/**
 * Node's own import(), also when this module is loaded through Vite's module runner (astro.config's
 * integrations are): the modules must be the instances Astro itself runs, not copies Vite loads.
 * @type {(specifier: string) => Promise<any>}
 */
export const nativeImport = /** @type {any} */ (new Function('specifier', 'return import(specifier)'));

/** name → [path under astro's package folder, exports used] */
export const ASTRO_INTERNALS = {
  staticPaths: ['dist/runtime/prerender/static-paths.js', ['StaticPaths']],
  prerender: ['dist/core/app/prerender.js', ['renderForPrerender']],
  renderScope: ['dist/core/render-scope/node-scope.js', ['ensureAsyncRenderScope']],
  request: ['dist/core/request.js', ['createRequest']],
  // the output file of a path, as Astro's generation loop names it (generate.js)
  outFile: ['dist/core/build/common.js', ['getOutFolder', 'getOutFile']],
  // the parts of Astro's incremental-build key besides a page's dependency hash (generate.js)
  configHash: ['dist/core/build/config-hash/index.js', ['computeConfigHash']],
  lockfileHash: ['dist/core/build/lockfile/index.js', ['computeLockfileHash']],
};

/**
 * Import the listed modules (all, or the names given) from astro's package folder `astroDir` (a
 * file URL ending in '/'); throws naming the module or export that is missing.
 * `load` is how (Node's import by default; a test passes its runner's).
 * @param {string} astroDir
 * @param {Array<keyof typeof ASTRO_INTERNALS>} [names]
 * @param {(specifier: string) => Promise<any>} [load]
 * @returns {Promise<Record<string, Record<string, any>>>}
 */
export async function loadAstroInternals(astroDir, names = /** @type {any} */ (Object.keys(ASTRO_INTERNALS)), load = nativeImport) {
  const out = {};
  await Promise.all(
    names.map(async (name) => {
      const [path, exports] = ASTRO_INTERNALS[name];
      let mod;
      try {
        mod = await load(new URL(path, astroDir).href);
      } catch (e) {
        throw new Error(`render workers: astro internal module ${path} could not be loaded (astro upgraded? see src/integrations/astro-internals.mjs): ${e instanceof Error ? e.message : e}`);
      }
      const missing = exports.filter((x) => typeof mod[x] !== 'function');
      if (missing.length) throw new Error(`render workers: astro internal module ${path} has no ${missing.join(', ')} (astro upgraded? see src/integrations/astro-internals.mjs)`);
      out[name] = mod;
    }),
  );
  return out;
}
