// React components rendered by .astro pages carry Astro's renderer tag, so Astro renders each once
// (src/components/astro-react.ts) instead of probing it through @astrojs/react's check() first.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ASTRO_RENDERER, REACT_RENDERER, astroReact } from '../../../src/components/astro-react.ts';
import { filesUnder } from '../../../src/lib/records/files-under.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const astroRoot = dirname(createRequire(import.meta.url).resolve('astro/package.json'));

/** Every .tsx module an .astro file imports a default export from. */
function reactImports(): string[] {
  const found = new Set<string>();
  for (const file of filesUnder(join(ROOT, 'src'), /\.astro$/)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^import\s+\w+(?:\s*,\s*\{[^}]*\})?\s+from\s+'([^']+\.tsx)'/gm)) found.add(resolve(dirname(file), m[1]!));
  }
  return [...found].sort();
}

describe('astroReact', () => {
  it('tags a component with the symbol Astro reads its renderer from', async () => {
    const common = await import(/* @vite-ignore */ pathToFileURL(join(astroRoot, 'dist/runtime/server/render/common.js')).href);
    const component = astroReact(function Probe() {
      return null;
    });
    expect([common.Renderer, component[ASTRO_RENDERER as keyof typeof component]]).toEqual([ASTRO_RENDERER, REACT_RENDERER]);
  });

  it('is applied to every React component an .astro file renders', async () => {
    const files = reactImports();
    const tags = await Promise.all(files.map(async (f) => [f.slice(ROOT.length + 1), ((await import(/* @vite-ignore */ pathToFileURL(f).href)).default as Record<symbol, unknown>)[ASTRO_RENDERER]]));
    expect(files.length).toBeGreaterThan(2);
    expect(Object.fromEntries(tags)).toEqual(Object.fromEntries(files.map((f) => [f.slice(ROOT.length + 1), REACT_RENDERER])));
  });
});
