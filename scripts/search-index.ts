// The Pagefind search index of the built site (<dist>/pagefind/), through Pagefind's Node API: every
// page that carries a search summary (data-pagefind-body: report, place and indicator pages) is
// given to Pagefind as its summary alone (src/lib/search/pagefind-body.ts), instead of Pagefind
// crawling and parsing every HTML file of dist/. NIANBAO_DIST as for `astro build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindBody } from '../src/lib/search/pagefind-body.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');
/** The page kinds with a search summary: <dist>/<kind>/<id>/index.html. */
const KINDS = ['reports', 'places', 'indicators'];

const t0 = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
// in path order, as Pagefind's own crawl takes them (the index then comes out the same)
const files: Array<{ url: string; file: string }> = [];
for (const kind of KINDS) {
  const dir = join(DIST, kind);
  if (!existsSync(dir)) continue;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, e.name, 'index.html');
    if (e.isDirectory() && existsSync(file)) files.push({ url: `/${kind}/${e.name}/`, file });
  }
}
files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
let pages = 0;
// In order, several pages in flight: the Pagefind service reads its requests from one stream and
// handles them one at a time in the order they arrive, so the index is the same as with one page at
// a time (byte-identical), without waiting a round trip per page. Pages are read and cut meanwhile.
const IN_FLIGHT = 64;
const inFlight: Array<Promise<void>> = [];
for (const { url, file } of files) {
  const content = pagefindBody(readFileSync(file));
  if (content === null) continue;
  inFlight.push(
    index.addHTMLFile({ url, content }).then((r) => {
      if (r.errors.length) throw new Error(`pagefind: ${url}: ${r.errors.join('; ')}`);
      pages++;
    }),
  );
  if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
}
await Promise.all(inFlight);
const added = performance.now();
const written = await index.writeFiles({ outputPath: join(DIST, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
process.stderr.write(`search index: ${pages} pages → ${join(DIST, 'pagefind')} (${Math.round(performance.now() - t0)} ms: pages read and added in ${Math.round(added - t0)} ms, index written in ${Math.round(performance.now() - added)} ms)\n`);
