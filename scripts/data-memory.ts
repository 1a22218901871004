// `npx tsx scripts/data-memory.ts`: the memory of the site's data layer (what astro build holds
// before and while it renders pages about many reports), without rendering a page.
//   --make N --from <data dir> --out <dir>: write <dir>/summaries.ndjson of N summaries, copies of
//     the summaries in <data dir> with distinct ids, place keys and place names (a country of N reports).
//   --load <dir>: load the data layer the way the pages do (src/data/reports.ts getIndex, the
//     indicator table, compare data, /quality/ rows), printing heap used and RSS after each step
//     (after a full GC) and a digest of what each step built, to compare two versions of the code.
// Run with `node --expose-gc --import tsx scripts/data-memory.ts …` for exact heap figures.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'node:module';
import { lightGap, readSummaries, SUMMARIES_FILE, writeSummaries, type ReportSummary } from '../src/lib/records/summary.ts';

const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

function* copies(base: readonly ReportSummary[], n: number): Generator<ReportSummary> {
  for (let i = 0; i < n; i++) {
    const s = base[i % base.length]!;
    const k = Math.floor(i / base.length);
    yield k === 0 ? s : { ...s, id: `${s.id}-c${k}`, placeKey: `${s.placeKey}c${k}`, placeName: `${s.placeName}${k}` };
  }
}

const MB = (n: number) => Math.round(n / 2 ** 20);
/** sha1 of what a step built, hashed piece by piece (at 100,000 reports one JSON string of it is longer than V8 allows). */
function digest(x: unknown): string {
  const h = createHash('sha1');
  const walk = (v: unknown, depth: number) => {
    if (v && typeof v === 'object' && 'get' in v && typeof v.get === 'function' && !(v instanceof Map)) walk((v as { get: () => unknown }).get(), depth);
    else if (depth < 2 && v instanceof Map) for (const [k, e] of v) (h.update(JSON.stringify(k)), walk(e, depth + 1));
    else if (depth < 2 && Array.isArray(v)) for (const e of v) walk(e, depth + 1);
    else if (depth < 1 && v && typeof v === 'object') for (const [k, e] of Object.entries(v)) (h.update(k), walk(e, depth + 1));
    else h.update(JSON.stringify(v, (_k, y) => (y instanceof Map ? [...y] : y)) ?? 'undefined');
  };
  walk(x, 0);
  return h.digest('hex').slice(0, 12);
}

function mem(step: string, t0: number, made?: unknown) {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const d = made === undefined || !args.includes('--digest') ? '' : digest(made);
  process.stdout.write(`${step.padEnd(22)} heap ${String(MB(m.heapUsed)).padStart(6)} MB  rss ${String(MB(m.rss)).padStart(6)} MB  ${String(Math.round(performance.now() - t0)).padStart(7)} ms  ${d}\n`);
}

/** Summaries of a data dir, also from a summaries.ndjson of the first format (one summary a line, no header), made light as summarize() makes them now. */
function readAny(dir: string): ReportSummary[] {
  const path = join(dir, SUMMARIES_FILE);
  if (readFileSync(path).subarray(0, 200).toString().includes('"format":')) return readSummaries(dir);
  const out: ReportSummary[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const s = JSON.parse(line) as ReportSummary & { meta: { sources?: unknown }; checks: Array<{ expression?: string; lhs?: unknown; rhs?: unknown }> };
    delete s.meta.sources;
    for (const [id, p] of Object.entries(s.provenance)) if (p.source === 'table' && p.flags.length === 0 && !p.from) delete s.provenance[id];
    s.gaps = s.gaps.map(lightGap);
    for (const c of s.checks) (delete c.expression, delete c.lhs, delete c.rhs);
    out.push(s);
  }
  return out;
}

const make = arg('--make');
if (make) {
  const out = arg('--out')!;
  mkdirSync(out, { recursive: true });
  writeSummaries(out, copies(readAny(arg('--from')!), Number(make)));
  process.stdout.write(`wrote ${make} summaries to ${out}\n`);
}

const load = arg('--load');
if (load) {
  // src/data/reports.ts reads the ingest collection through astro:content: none here.
  register('data:text/javascript,' + encodeURIComponent(`export async function resolve(s, c, next) { return s === 'astro:content' ? { url: 'data:text/javascript,export const getCollection = async () => [];', shortCircuit: true } : next(s, c); }`));
  process.env.NIANBAO_DATA = load;
  const t0 = performance.now();
  mem('start', t0);
  const { getIndex, getReports } = await import('../src/data/reports.ts');
  const reports = await getReports();
  mem(`summaries (${reports.length})`, t0, reports.length);
  const idx = await getIndex();
  mem('index (places)', t0, idx.places);
  const { loadReports, valueCountsAll } = await import('../src/components/chart/indicator-data.ts');
  const ind = { ...(await loadReports()), counts: await valueCountsAll() };
  // the rows of every id, sorted by id: from a Map of rows (the first version) or a column store
  const t = ind.table as unknown as Map<string, unknown> | { ids(): Iterable<string>; rows(id: string): unknown };
  const rowsOf = t instanceof Map ? (id: string) => t.get(id) : (id: string) => t.rows(id);
  mem('indicator tables', t0, { counts: ind.counts, rows: new Map([...(t instanceof Map ? t.keys() : t.ids())].sort().map((id) => [id, { get: () => rowsOf(id) }])) });
  const { loadCompareData } = await import('../src/components/compare/compare-data.ts');
  const cmp = (await loadCompareData()) as unknown as { index: unknown; indicators: unknown; details?: unknown[]; keys?: string[]; detail?: (k: string) => unknown };
  // every place's detail, held (the first version) or made one at a time
  const details = cmp.details ?? cmp.keys!.map((k) => ({ get: () => cmp.detail!(k) }));
  mem('compare data', t0, { index: cmp.index, details, indicators: cmp.indicators });
  const { loadQuality } = await import('../src/components/quality/quality-data.ts');
  const q = (await loadQuality()) as unknown as { rows: unknown[] | { length: number; slice(a: number, b: number): unknown[] }; kinds: unknown; total: number; withFail: number };
  // the rows 500 at a time (a /quality/ page each), held (the first version) or made a page at a time
  const pages = Array.from({ length: Math.ceil(q.rows.length / 500) }, (_, i) => ({ get: () => q.rows.slice(i * 500, (i + 1) * 500) }));
  mem('quality rows', t0, { pages, kinds: q.kinds, total: q.total, withFail: q.withFail });
}
