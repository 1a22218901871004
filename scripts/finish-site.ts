// The steps of `npm run build` after `astro build`, side by side: linking the downloads into the
// site (export-data.ts --install: dist/data/**, dist/reports/<id>/data.*) and the search index
// (search-index.ts: reads the pages' HTML, writes dist/pagefind/). Neither reads what the other
// writes, and both start only once astro has written every page. Fails when either fails.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const steps: Array<[string, string[]]> = [
  ['export-data.ts', ['--install']],
  ['search-index.ts', []],
];
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
