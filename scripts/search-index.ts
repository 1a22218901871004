// The Pagefind search index of the site (<dist>/pagefind/), through Pagefind's Node API. By default
// it is made from the data (src/lib/search/search-records.ts: each report, place and indicator
// page's search header, the markup the page renders, from the summaries and the catalog), so it
// needs no built page: `npm run build:site` runs it beside `astro build` (`--stage`) and links the
// index into the site when astro is done. `--pages` indexes the built pages instead (their
// data-pagefind-body elements, src/lib/search/pagefind-body.ts; the same index when the records
// equal the pages). The index is kept under <NIANBAO_CACHE>/search/ by the hash of what Pagefind is
// given (its version and every page's record, in order), so an unchanged site reuses it.
//   tsx scripts/search-index.ts            index → <dist>/pagefind
//   tsx scripts/search-index.ts --stage    index → the cache only; prints {"index": DIR} on stdout
//   tsx scripts/search-index.ts --pages    from the built pages of <dist> (no cache)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { pagefindBody } from '../src/lib/search/pagefind-body.ts';
import { linkTree } from '../src/lib/search/link-tree.ts';
import type { SearchRecord } from '../src/lib/search/search-records.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = process.env.NIANBAO_DIST ?? join(ROOT, 'dist');
const DATA = process.env.NIANBAO_DATA ?? join(ROOT, '.nianbao', 'data');
const CACHE = join(process.env.NIANBAO_CACHE ?? join(ROOT, 'node_modules', '.astro'), 'search');
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

/**
 * The records made from the data (summaries and catalog), as the pages show them, in a worker thread
 * (scripts/search-records-worker.ts): the summaries go with it, so while Pagefind indexes (beside the
 * render workers of build:site) this process holds only the records.
 */
function dataRecords(): Promise<SearchRecord[]> {
  const w = new Worker(new URL('./search-records-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], workerData: { data: DATA } });
  return new Promise((resolve, reject) => {
    w.once('message', (records: SearchRecord[]) => {
      resolve(records);
      void w.terminate();
    });
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`search records worker exited (code ${code})`)));
  });
}

/** Give Pagefind the records and write its index into `dir`; returns how many pages it indexed. */
async function makeIndex(records: AsyncIterable<SearchRecord> | Iterable<SearchRecord>, dir: string): Promise<{ pages: number; added: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages = 0;
  // In order, several pages in flight: the Pagefind service reads its requests from one stream and
  // handles them one at a time in the order they arrive, so the index is the same as with one page at
  // a time (byte-identical), without waiting a round trip per page.
  const IN_FLIGHT = 64;
  const inFlight: Array<Promise<void>> = [];
  for await (const { url, content } of records) {
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
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages, added };
}

const out = join(DIST, 'pagefind');
if (fromPages) {
  rmSync(out, { recursive: true, force: true });
  const { pages, added } = await makeIndex(pageRecords(), out);
  process.stderr.write(`search index: ${pages} pages → ${out} (${Math.round(performance.now() - t0)} ms: pages read and added in ${Math.round(added - t0)} ms, index written in ${Math.round(performance.now() - added)} ms)\n`);
} else {
  const records = await dataRecords();
  const made = performance.now();
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version as string;
  const hash = createHash('sha256').update(`pagefind ${version}\n`);
  for (const r of records) hash.update(`${r.url}\n${r.content}\n`);
  const key = hash.digest('hex').slice(0, 32);
  const dir = join(CACHE, `index-${key}`);
  let how: string;
  if (existsSync(join(dir, 'pagefind-entry.json'))) {
    how = 'unchanged: kept';
  } else {
    const tmp = join(CACHE, `tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(CACHE, { recursive: true });
    const { pages, added } = await makeIndex(records, tmp);
    for (const e of readdirSync(CACHE)) if (e.startsWith('index-')) rmSync(join(CACHE, e), { recursive: true, force: true });
    renameSync(tmp, dir);
    how = `${pages} pages; records made in ${Math.round(made - t0)} ms, added in ${Math.round(added - made)} ms, index written in ${Math.round(performance.now() - added)} ms`;
  }
  if (stage) {
    process.stdout.write(`${JSON.stringify({ index: dir })}\n`);
  } else {
    rmSync(out, { recursive: true, force: true });
    linkTree(dir, out);
  }
  process.stderr.write(`search index: ${records.length} records → ${stage ? dir : out} (${Math.round(performance.now() - t0)} ms: ${how})\n`);
}
