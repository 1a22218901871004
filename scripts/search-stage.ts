// The search index made from the data (scripts/search-index.ts; `npm run build:site` calls
// `stageSearchIndex` in its own process beside `astro build`, so no second Node process holds memory
// while the render workers' heaps grow): the records (src/lib/search/search-records.ts) are made in a
// worker thread, given to Pagefind in URL order, and the index is kept under <cache>/search/ by the
// hash of Pagefind's version and every record, so an unchanged site reuses it.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/lib/search/search-records.ts';

const ROOT = join(import.meta.dirname, '..');

/**
 * The records made from the data (summaries and catalog), as the pages show them, in a worker thread
 * (scripts/search-records-worker.ts): the summaries go with it, so while Pagefind indexes (beside the
 * render workers of build:site) this process holds only the records.
 */
function dataRecords(data: string): Promise<SearchRecord[]> {
  const w = new Worker(new URL('./search-records-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'], workerData: { data } });
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
export async function makeIndex(records: AsyncIterable<SearchRecord> | Iterable<SearchRecord>, dir: string): Promise<{ pages: number; added: number }> {
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
  // The files are taken from Pagefind and written here: its own writeFiles writes each of the ~11,000
  // through a pool of hundreds of threads, which beside the render workers cost ~10 s of CPU (half of it
  // system time) for ~2 s of work.
  const got = await index.getFiles();
  if (got.errors.length) throw new Error(`pagefind: ${got.errors.join('; ')}`);
  const made = new Set<string>();
  for (const f of got.files) {
    const file = join(dir, f.path);
    const parent = dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(file, f.content);
  }
  await pagefind.close();
  return { pages, added };
}

/**
 * Make (or find) the index of the data in `data` under `<cache>/search/index-<key>/`; resolves to that
 * folder, the number of records and how it was made.
 */
export async function stageSearchIndex(data: string, cacheRoot: string): Promise<{ dir: string; records: number; how: string }> {
  const t0 = performance.now();
  const CACHE = join(cacheRoot, 'search');
  const records = await dataRecords(data);
  const made = performance.now();
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version as string;
  const hash = createHash('sha256').update(`pagefind ${version}\n`);
  for (const r of records) hash.update(`${r.url}\n${r.content}\n`);
  const key = hash.digest('hex').slice(0, 32);
  const dir = join(CACHE, `index-${key}`);
  if (existsSync(join(dir, 'pagefind-entry.json'))) return { dir, records: records.length, how: 'unchanged: kept' };
  const tmp = join(CACHE, `tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  const { pages, added } = await makeIndex(records, tmp);
  for (const e of readdirSync(CACHE)) if (e.startsWith('index-')) rmSync(join(CACHE, e), { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, records: records.length, how: `${pages} pages; records made in ${Math.round(made - t0)} ms, added in ${Math.round(added - made)} ms, index written in ${Math.round(performance.now() - added)} ms` };
}
