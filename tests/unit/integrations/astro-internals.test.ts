// The Astro internals the render workers import exist in the pinned astro: an upgrade that moves or
// renames one fails here (and the build names it), not as silently missing pages.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ASTRO_INTERNALS, loadAstroInternals } from '../../../src/integrations/astro-internals.mjs';

const astroRoot = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const astroDir = pathToFileURL(astroRoot + '/').href;
// vitest's own import (the default, Node's import from a Function, has no loader inside vitest's runner)
const load = (u: string) => import(/* @vite-ignore */ u);

describe('loadAstroInternals', () => {
  it('loads every module the render workers use from the pinned astro, with the exports they call', async () => {
    const mods = await loadAstroInternals(astroDir, undefined, load);
    const found = Object.fromEntries(Object.entries(ASTRO_INTERNALS).map(([name, [, exports]]) => [name, exports.filter((x) => typeof mods[name]?.[x] === 'function')]));
    expect(found).toEqual(Object.fromEntries(Object.entries(ASTRO_INTERNALS).map(([name, [, exports]]) => [name, exports])));
  });

  it('names the module that is missing', async () => {
    await expect(loadAstroInternals(pathToFileURL(join(astroRoot, 'no-such-folder') + '/').href, ['prerender'], load)).rejects.toThrow(/dist\/core\/app\/prerender\.js could not be loaded/);
  });

  // What render-workers.ts relies on inside Astro's build, besides the modules: the default
  // prerenderer hands the bundle's app the build internals (caught for the dependency hashes),
  // and the generation loop keys a page's reuse by internals.pageDependencyHashes of its component.
  it('finds the build internals and the page dependency hash where render-workers.ts takes them', () => {
    const src = (p: string) => readFileSync(join(astroRoot, p), 'utf8');
    expect([
      src('dist/core/build/default-prerenderer.js').includes('app.setInternals(internals)'),
      src('dist/core/build/generate.js').includes('internals.pageDependencyHashes?.get(route.component)'),
      src('dist/core/build/plugins/plugin-incremental.js').includes('internals.pageDependencyHashes = hashes'),
    ]).toEqual([true, true, true]);
  });
});
