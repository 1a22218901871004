// The steps of `npm run build` after `astro build`: linking the downloads into the site
// (export-data.ts --install: dist/data/**, dist/reports/<id>/data.*) and, when `npm run build:site`
// has not already put it there (it makes it beside astro), the search index (search-index.ts:
// dist/pagefind/), side by side: neither reads what the other writes. Fails when either fails.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.NIANBAO_DIST ?? join(import.meta.dirname, '..', 'dist');
const steps: Array<[string, string[]]> = [['export-data.ts', ['--install']]];
if (!existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) steps.push(['search-index.ts', []]);
const codes = await Promise.all(
  steps.map(
    ([script, args]) =>
      new Promise<number>((resolve) => {
        const p = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, script), ...args], { stdio: 'inherit' });
        p.on('error', () => resolve(1));
        p.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      }),
  ),
);
const failed = steps.filter((_, i) => codes[i] !== 0).map(([s]) => s);
if (failed.length) {
  process.stderr.write(`finish-site: ${failed.join(', ')} failed\n`);
  process.exit(1);
}
