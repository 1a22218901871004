// The Pagefind search index of the site (<dist>/pagefind/), through Pagefind's Node API. By default
// it is made from the data (src/lib/search/search-records.ts: each report, place and indicator
// page's search header, the markup the page renders, from the summaries and the catalog), so it
// needs no built page: `npm run build:site` makes it beside `astro build` (scripts/search-stage.ts) and
// links the index into the site when astro is done. `--pages` indexes the built pages instead (their
// data-pagefind-body elements, src/lib/search/pagefind-body.ts; the same index when the records
// equal the pages). The index is kept under <NIANBAO_CACHE>/search/ by the hash of what Pagefind is
// given (its version and every page's record, in order), so an unchanged site reuses it.
//   tsx scripts/search-index.ts            index → <dist>/pagefind
//   tsx scripts/search-index.ts --stage    index → the cache only; prints {"index": DIR} on stdout
//   tsx scripts/search-index.ts --pages    from the built pages of <dist> (no cache)
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pagefindBody } from '../src/lib/search/pagefind-body.ts';
import { linkTree } from '../src/lib/search/link-tree.ts';
import type { SearchRecord } from '../src/lib/search/search-records.ts';
import { makeIndex, stageSearchIndex } from './search-stage.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');
const DATA = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');
const CACHE = process.env.NIANBAO_CACHE ?? join(ROOT, 'node_modules', '.astro');
/** The page kinds with a search summary: <dist>/<kind>/<id>/index.html. */
const KINDS = ['reports', 'places', 'indicators'];

const t0 = performance.now();
const stage = process.argv.includes('--stage');
const fromPages = process.argv.includes('--pages');

/** The built pages' records, in path order as Pagefind's own crawl takes them (the index then comes out the same). */
async function* pageRecords(): AsyncGenerator<SearchRecord> {
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
  for (const { url, file } of files) {
    const content = pagefindBody(readFileSync(file));
    if (content !== null) yield { url, content };
  }
}

const out = join(DIST, 'pagefind');
if (fromPages) {
  rmSync(out, { recursive: true, force: true });
  const { pages, added } = await makeIndex(pageRecords(), out);
  process.stderr.write(`search index: ${pages} pages → ${out} (${Math.round(performance.now() - t0)} ms: pages read and added in ${Math.round(added - t0)} ms, index written in ${Math.round(performance.now() - added)} ms)\n`);
} else {
  const { dir, records, how } = await stageSearchIndex(DATA, CACHE);
  if (stage) {
    process.stdout.write(`${JSON.stringify({ index: dir })}\n`);
  } else {
    rmSync(out, { recursive: true, force: true });
    linkTree(dir, out);
  }
  process.stderr.write(`search index: ${records} records → ${stage ? dir : out} (${Math.round(performance.now() - t0)} ms: ${how})\n`);
}
